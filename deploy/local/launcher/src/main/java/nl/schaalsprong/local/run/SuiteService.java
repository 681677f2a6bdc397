package nl.schaalsprong.local.run;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The suite's four processes, in the order they start: the module each is built from (also its name on the command
 * line, as in {@code run.sh --except typology-service}), its database on the local stack, its usual port and the
 * variable that moves it.
 */
public enum SuiteService {

    TYPOLOGY("typology-service", "typology", "TYPOLOGY_PORT", 8082),
    LESSONS("lessons-service", "lessons", "LESSONS_PORT", 8081),
    VERIFICATION("verification-service", "verification", "VERIFICATION_PORT", 8083),
    /** Needs no database: it serves pages and forwards /api/v1 to the three services. */
    DASHBOARD("klp-dashboard", null, "DASHBOARD_PORT", 8080);

    private final String module;
    private final String database;
    private final String portVariable;
    private final int usualPort;

    SuiteService(String module, String database, String portVariable, int usualPort) {
        this.module = module;
        this.database = database;
        this.portVariable = portVariable;
        this.usualPort = usualPort;
    }

    /** The Maven module, e.g. {@code typology-service}. */
    public String module() {
        return module;
    }

    /** One of {@link nl.schaalsprong.local.LocalStack#DATABASES}, or empty for the dashboard. */
    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    public String portVariable() {
        return portVariable;
    }

    public int usualPort() {
        return usualPort;
    }

    /** The service a user named on the command line, by its module name. */
    public static SuiteService named(String name) {
        return Arrays.stream(values()).filter(s -> s.module.equals(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service '" + name.strip() + "' in the suite; one of: "
                        + Arrays.stream(values()).map(SuiteService::module).collect(Collectors.joining(", "))));
    }
}
