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
                            LocalStack.Settings stack, JvmProfile jvmProfile) {

    public static final int LESSONS_PORT = 8081;
    public static final int TYPOLOGY_PORT = 8082;
    public static final int VERIFICATION_PORT = 8083;
    public static final int POSTGRES_PORT = 54329;
    public static final int KAFKA_PORT = 59092;
    public static final int KAFKA_CONTROLLER_PORT = 59093;

    /** The run command's settings: fixed, overridable ports; state under {@code .local-stack/} in the checkout. */
    public static SuiteSettings fromEnvironment(Path root) {
        Path work = root.resolve(".local-stack");
        return new SuiteSettings(root, work,
                port("LESSONS_PORT", LESSONS_PORT), port("TYPOLOGY_PORT", TYPOLOGY_PORT),
                port("VERIFICATION_PORT", VERIFICATION_PORT),
                new LocalStack.Settings(work, port("SCHAALSPRONG_PG_PORT", POSTGRES_PORT),
                        port("SCHAALSPRONG_KAFKA_PORT", KAFKA_PORT),
                        port("SCHAALSPRONG_KAFKA_CONTROLLER_PORT", KAFKA_CONTROLLER_PORT), "", false),
                JvmProfile.fromEnvironment());
    }

    /** Free ports and fresh databases, for the end-to-end tests. */
    public static SuiteSettings forTests(Path root) {
        LocalStack.Settings stack = LocalStack.Settings.forTests();
        return new SuiteSettings(root, stack.workDirectory(), Ports.free(), Ports.free(), Ports.free(), stack,
                JvmProfile.QUICK_START);
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
