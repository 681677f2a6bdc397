package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.local.Ports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the suite lives and which ports it takes. Defaults avoid the usual ports of a PostgreSQL or Kafka the
 * user may already run (5432, 9092); every one can be overridden by an environment variable, as can the JIT the
 * services run with ({@link JvmProfile}; the end-to-end tests always take the default). {@code except} names the
 * services the suite leaves out, so that a developer runs them in Quarkus dev mode on their usual ports instead.
 * {@code serviceConfig} is added to the three services' configuration (tests: where they send their traces).
 */
public record SuiteSettings(Path root, Path workDirectory, int lessonsPort, int typologyPort, int verificationPort,
                            int dashboardPort, LocalStack.Settings stack, JvmProfile jvmProfile,
                            Set<SuiteService> except, Map<String, String> serviceConfig) {

    public static final int LESSONS_PORT = SuiteService.LESSONS.usualPort();
    public static final int TYPOLOGY_PORT = SuiteService.TYPOLOGY.usualPort();
    public static final int VERIFICATION_PORT = SuiteService.VERIFICATION.usualPort();
    public static final int DASHBOARD_PORT = SuiteService.DASHBOARD.usualPort();
    public static final int POSTGRES_PORT = 54329;
    public static final int KAFKA_PORT = 59092;
    public static final int KAFKA_CONTROLLER_PORT = 59093;
    /** The state directory in the checkout unless {@link #STATE_DIRECTORY_VARIABLE} says otherwise. */
    public static final String STATE_DIRECTORY = ".local-stack";

    /** Set to {@code true} (or pass {@code --fresh} to run.sh) to start with empty databases and an empty Kafka log. */
    public static final String FRESH_VARIABLE = "SCHAALSPRONG_FRESH";
    /** Where the state is kept instead of {@code .local-stack/} (relative to the checkout, or absolute). */
    public static final String STATE_DIRECTORY_VARIABLE = "SCHAALSPRONG_STATE_DIR";
    /** Services to leave out, comma-separated, as with {@code --except}; added to those the command line names. */
    public static final String EXCEPT_VARIABLE = "SCHAALSPRONG_EXCEPT";

    public SuiteSettings {
        except = except.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(except));
        serviceConfig = Map.copyOf(serviceConfig);
    }

    public SuiteSettings(Path root, Path workDirectory, int lessonsPort, int typologyPort, int verificationPort,
                         int dashboardPort, LocalStack.Settings stack, JvmProfile jvmProfile, Set<SuiteService> except) {
        this(root, workDirectory, lessonsPort, typologyPort, verificationPort, dashboardPort, stack, jvmProfile, except,
                Map.of());
    }

    /** These settings, with {@code config} added to the three services' configuration. */
    public SuiteSettings withServiceConfig(Map<String, String> config) {
        return new SuiteSettings(root, workDirectory, lessonsPort, typologyPort, verificationPort, dashboardPort, stack,
                jvmProfile, except, config);
    }

    /** What run.sh was asked on its command line ({@code --fresh}, {@code --except <service>[,<service>]}). */
    public record Arguments(boolean fresh, Set<SuiteService> except) {

        public static final String USAGE = "usage: run.sh [--fresh] [--except <service>[,<service>...]]... where a service"
                + " is one of " + Arrays.stream(SuiteService.values()).map(SuiteService::module)
                .collect(Collectors.joining(", "));

        /**
         * Reads the arguments; {@code exceptVariable} is {@link #EXCEPT_VARIABLE}'s value (or null). {@code --except}
         * may be repeated, take a comma-separated list and be written {@code --except=<service>}.
         *
         * @throws IllegalArgumentException for an unknown argument or service, saying which
         */
        public static Arguments parse(List<String> args, String exceptVariable) {
            boolean fresh = false;
            Set<SuiteService> except = EnumSet.noneOf(SuiteService.class);
            if (exceptVariable != null && !exceptVariable.isBlank()) {
                except.addAll(services(exceptVariable, EXCEPT_VARIABLE));
            }
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--fresh")) {
                    fresh = true;
                } else if (arg.equals("--except")) {
                    if (i + 1 == args.size() || args.get(i + 1).startsWith("--")) {
                        throw new IllegalArgumentException("--except needs a service, e.g. --except typology-service");
                    }
                    except.addAll(services(args.get(++i), "--except"));
                } else if (arg.startsWith("--except=")) {
                    except.addAll(services(arg.substring("--except=".length()), "--except"));
                } else {
                    throw new IllegalArgumentException("unknown argument '" + arg + "'");
                }
            }
            return new Arguments(fresh, except);
        }

        private static List<SuiteService> services(String list, String where) {
            List<String> names = Arrays.stream(list.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
            if (names.isEmpty()) {
                throw new IllegalArgumentException(where + " needs a service, e.g. typology-service");
            }
            try {
                return names.stream().map(SuiteService::named).toList();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
    }

    /** The run command's settings from its arguments and the environment; see {@link Arguments#parse}. */
    public static SuiteSettings fromArguments(Path root, List<String> args) {
        Arguments arguments = Arguments.parse(args, System.getenv(EXCEPT_VARIABLE));
        return fromEnvironment(root, arguments.fresh(), arguments.except());
    }

    /** The run command's settings with every service started. */
    public static SuiteSettings fromEnvironment(Path root, boolean fresh) {
        return fromEnvironment(root, fresh, Set.of());
    }

    /**
     * The run command's settings: fixed, overridable ports; state under {@code .local-stack/} in the checkout, kept
     * from one run to the next unless {@code fresh}.
     */
    public static SuiteSettings fromEnvironment(Path root, boolean fresh, Set<SuiteService> except) {
        String stateDirectory = System.getenv(STATE_DIRECTORY_VARIABLE);
        Path work = root.resolve(stateDirectory == null || stateDirectory.isBlank() ? STATE_DIRECTORY : stateDirectory);
        return new SuiteSettings(root, work,
                portFromEnvironment(SuiteService.LESSONS), portFromEnvironment(SuiteService.TYPOLOGY),
                portFromEnvironment(SuiteService.VERIFICATION), portFromEnvironment(SuiteService.DASHBOARD),
                new LocalStack.Settings(work, port("SCHAALSPRONG_PG_PORT", POSTGRES_PORT),
                        port("SCHAALSPRONG_KAFKA_PORT", KAFKA_PORT),
                        port("SCHAALSPRONG_KAFKA_CONTROLLER_PORT", KAFKA_CONTROLLER_PORT), "",
                        fresh || freshRequested() ? LocalStack.State.FRESH : LocalStack.State.KEPT),
                JvmProfile.fromEnvironment(), except);
    }

    /**
     * The run command's settings when no variable is set: what a service's {@code %dev} profile assumes, so that
     * {@code quarkus:dev} joins a suite started with {@code run.sh --except} without being told anything.
     */
    public static SuiteSettings usual(Path root) {
        Path work = root.resolve(STATE_DIRECTORY);
        return new SuiteSettings(root, work, LESSONS_PORT, TYPOLOGY_PORT, VERIFICATION_PORT, DASHBOARD_PORT,
                new LocalStack.Settings(work, POSTGRES_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT, "", LocalStack.State.KEPT),
                JvmProfile.QUICK_START, Set.of());
    }

    /** The port {@code service} listens on, whether the suite starts it or a developer does. */
    public int port(SuiteService service) {
        return switch (service) {
            case LESSONS -> lessonsPort;
            case TYPOLOGY -> typologyPort;
            case VERIFICATION -> verificationPort;
            case DASHBOARD -> dashboardPort;
        };
    }

    /** Whether the suite starts {@code service} itself, or leaves it to the developer ({@code --except}). */
    public boolean starts(SuiteService service) {
        return !except.contains(service);
    }

    /** Free ports and fresh databases, for the end-to-end tests. */
    public static SuiteSettings forTests(Path root) {
        LocalStack.Settings stack = LocalStack.Settings.forTests();
        return new SuiteSettings(root, stack.workDirectory(), Ports.free(), Ports.free(), Ports.free(), Ports.free(), stack,
                JvmProfile.QUICK_START, Set.of());
    }

    private static boolean freshRequested() {
        String value = System.getenv(FRESH_VARIABLE);
        return value != null && (value.strip().equalsIgnoreCase("true") || value.strip().equals("1"));
    }

    /** What a second start is told about this one when it finds the state locked. */
    String describePorts() {
        return Arrays.stream(SuiteService.values())
                .map(s -> s.module() + " " + port(s) + (starts(s) ? "" : " (left out, for quarkus:dev)"))
                .collect(Collectors.joining(", ")) + ", PostgreSQL " + portOrFree(stack.postgresPort()) + ", Kafka "
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
        return new SuiteSettings(root, work, Ports.free(), Ports.free(), Ports.free(), Ports.free(), stack, JvmProfile.QUICK_START,
                Set.of());
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

    private static int portFromEnvironment(SuiteService service) {
        return port(service.portVariable(), service.usualPort());
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
