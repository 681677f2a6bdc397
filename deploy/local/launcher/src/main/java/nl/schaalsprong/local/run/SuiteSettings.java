package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.local.Ports;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the suite lives and which ports it takes. Defaults avoid the usual ports of a PostgreSQL or Kafka the
 * user may already run (5432, 9092); every one can be overridden by an environment variable, as can the JIT the
 * services run with ({@link JvmProfile}; the end-to-end tests always take the default).
 */
public record SuiteSettings(Path root, Path workDirectory, int lessonsPort, int typologyPort, int verificationPort,
                            int dashboardPort, LocalStack.Settings stack, JvmProfile jvmProfile) {

    public static final int LESSONS_PORT = 8081;
    public static final int TYPOLOGY_PORT = 8082;
    public static final int VERIFICATION_PORT = 8083;
    public static final int DASHBOARD_PORT = 8080;
    public static final int POSTGRES_PORT = 54329;
    public static final int KAFKA_PORT = 59092;
    public static final int KAFKA_CONTROLLER_PORT = 59093;

    /** Set to {@code true} (or pass {@code --fresh} to run.sh) to start with empty databases and an empty Kafka log. */
    public static final String FRESH_VARIABLE = "SCHAALSPRONG_FRESH";
    /** Where the state is kept instead of {@code .local-stack/} (relative to the checkout, or absolute). */
    public static final String STATE_DIRECTORY_VARIABLE = "SCHAALSPRONG_STATE_DIR";

    /**
     * The run command's settings: fixed, overridable ports; state under {@code .local-stack/} in the checkout, kept
     * from one run to the next unless {@code fresh}.
     */
    public static SuiteSettings fromEnvironment(Path root, boolean fresh) {
        String stateDirectory = System.getenv(STATE_DIRECTORY_VARIABLE);
        Path work = root.resolve(stateDirectory == null || stateDirectory.isBlank() ? ".local-stack" : stateDirectory);
        return new SuiteSettings(root, work,
                port("LESSONS_PORT", LESSONS_PORT), port("TYPOLOGY_PORT", TYPOLOGY_PORT),
                port("VERIFICATION_PORT", VERIFICATION_PORT), port("DASHBOARD_PORT", DASHBOARD_PORT),
                new LocalStack.Settings(work, port("SCHAALSPRONG_PG_PORT", POSTGRES_PORT),
                        port("SCHAALSPRONG_KAFKA_PORT", KAFKA_PORT),
                        port("SCHAALSPRONG_KAFKA_CONTROLLER_PORT", KAFKA_CONTROLLER_PORT), "",
                        fresh || freshRequested() ? LocalStack.State.FRESH : LocalStack.State.KEPT),
                JvmProfile.fromEnvironment());
    }

    /** Free ports and fresh databases, for the end-to-end tests. */
    public static SuiteSettings forTests(Path root) {
        LocalStack.Settings stack = LocalStack.Settings.forTests();
        return new SuiteSettings(root, stack.workDirectory(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), stack,
                JvmProfile.QUICK_START);
    }

    private static boolean freshRequested() {
        String value = System.getenv(FRESH_VARIABLE);
        return value != null && (value.strip().equalsIgnoreCase("true") || value.strip().equals("1"));
    }

    /** What a second start is told about this one when it finds the state locked. */
    String describePorts() {
        return "lessons-service " + lessonsPort + ", typology-service " + typologyPort + ", verification-service "
                + verificationPort + ", klp-dashboard " + dashboardPort + ", PostgreSQL " + portOrFree(stack.postgresPort()) + ", Kafka "
                + portOrFree(stack.kafkaPort()) + " (controller " + portOrFree(stack.kafkaControllerPort()) + ")";
    }

    private static String portOrFree(int port) {
        return port > 0 ? Integer.toString(port) : "a free port";
    }

    /**
     * Kept state in {@code work} on ports chosen once (free now) and kept for every start with these settings: for
     * tests that stop and start the suite as a user does.
     */
    public static SuiteSettings keptForTests(Path root, Path work) {
        LocalStack.Settings stack = new LocalStack.Settings(work, Ports.free(), Ports.free(), Ports.free(), "test_",
                LocalStack.State.KEPT);
        return new SuiteSettings(root, work, Ports.free(), Ports.free(), Ports.free(), Ports.free(), stack, JvmProfile.QUICK_START);
    }

    /** The checkout's root: the folder with the parent pom and the service modules. */
    public static Path locateRoot() {
        String configured = System.getProperty("schaalsprong.root", System.getenv("SCHAALSPRONG_ROOT"));
        Path candidate = Path.of(configured != null ? configured : "").toAbsolutePath();
        for (Path p = candidate; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("lessons-service"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the Schaalsprong checkout from " + candidate
                + "; set SCHAALSPRONG_ROOT");
    }

    private static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, not '" + value + "'", e);
        }
    }
}
