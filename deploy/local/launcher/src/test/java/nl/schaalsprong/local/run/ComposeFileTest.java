package nl.schaalsprong.local.run;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs where the tests run, so this checks the compose file against the code instead: every
 * service it builds exists with its Dockerfile, listens where the service does, is configured only through
 * variables the service knows, waits for healthy dependencies and has a health check; trusts the compose Keycloak
 * (whose realm KeycloakRealmTest checks) and logs in to its own database as its own user, no superuser; every container
 * restarts and is limited, every image is pinned by digest, Kafka keeps its log in a volume, and the init step gets
 * its steward token from Keycloak and loads what the local run loads.
 */
class ComposeFileTest {

    private static final Path ROOT = ServiceConfiguration.ROOT;
    private static final Set<String> SERVICES = ServiceConfiguration.SERVICES;

    private static Map<String, Map<String, Object>> services() {
        return ServiceConfiguration.composeServices();
    }

    @Test
    void everyServiceOfTheSuiteIsBuiltFromItsDockerfile() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertTrue(services.keySet().containsAll(SERVICES), "compose has " + services.keySet());
        for (String name : SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> build = (Map<String, Object>) services.get(name).get("build");
            Path context = ROOT.resolve((String) build.get("context")).normalize();
            assertEquals(ROOT.resolve(name), context, name + " builds from its own module");
            assertTrue(Files.isRegularFile(context.resolve((String) build.get("dockerfile"))), name + " Dockerfile exists");
        }
    }

    @Test
    void everyVariableAServiceIsGivenIsOneOfItsConfigurationKeys() throws IOException {
        for (String name : SERVICES) {
            Set<String> known = ServiceConfiguration.environmentVariables(name);
            Map<String, Object> environment = ServiceConfiguration.composeEnvironment(name);
            assertFalse(environment.isEmpty(), name + " is configured by environment variables");
            for (String variable : environment.keySet()) {
                assertTrue(known.contains(variable), name + ": " + variable + " sets no key of its application.properties");
            }
        }
    }

    @Test
    void everyServiceListensOnItsPublishedPortAndChecksItsReadiness() throws IOException {
        for (String name : SERVICES) {
            Map<String, Object> service = services().get(name);
            String port = ServiceConfiguration.applicationProperties(name).getProperty("quarkus.http.port");
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertEquals(port, String.valueOf(environment.get("QUARKUS_HTTP_PORT")), name + " port");
            assertEquals(List.of(port + ":" + port), service.get("ports"), name + " published port");
            @SuppressWarnings("unchecked")
            List<String> test = (List<String>) ((Map<String, Object>) service.get("healthcheck")).get("test");
            assertTrue(String.join(" ", test).contains("localhost:" + port + "/q/health/ready"), name + " health check");
        }
    }

    @Test
    void servicesStartOnlyAfterTheirDependenciesAreHealthy() throws IOException {
        Map<String, Map<String, Object>> services = services();
        assertTrue(String.valueOf(services.get("postgres").get("healthcheck")).contains("pg_isready"));
        assertTrue(String.valueOf(services.get("kafka").get("image")).startsWith("apache/kafka:"));
        for (String name : SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) services.get(name).get("depends_on");
            assertTrue(dependsOn.keySet().containsAll(Set.of("postgres", "kafka", "keycloak")),
                    name + " depends on " + dependsOn.keySet());
            dependsOn.forEach((dependency, condition) ->
                    assertEquals("service_healthy", condition.get("condition"), name + " waits for " + dependency));
        }
    }

    /**
     * Each service logs in as its own user, named as its database, with a password the postgres container gets too
     * (init-databases.sql reads it there); the init script creates that user and gives it the database.
     */
    @Test
    void eachServiceLogsInAsTheOwnerOfItsOwnDatabase() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/compose/init-databases.sql"));
        Map<String, Object> postgres = environment("postgres");
        Set<String> users = new HashSet<>();
        for (String name : SERVICES) {
            Map<String, Object> environment = environment(name);
            String url = String.valueOf(environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertEquals(name.replace("-service", ""), database);
            String user = String.valueOf(environment.get("QUARKUS_DATASOURCE_USERNAME"));
            assertEquals(database, user, name + " logs in as its own user");
            assertTrue(users.add(user), user + " is one service's only");
            assertTrue(init.contains("create database " + database + " owner " + user + ";"), database + " is created");
            String password = variable(String.valueOf(environment.get("QUARKUS_DATASOURCE_PASSWORD")));
            assertTrue(init.contains("\\getenv " + database + "_password " + password),
                    user + "'s password is " + password);
            assertEquals(environment.get("QUARKUS_DATASOURCE_PASSWORD"), postgres.get(password),
                    "the postgres container gets " + password + " as " + name + " does");
        }
        Map<String, Object> keycloak = environment("keycloak");
        assertEquals("jdbc:postgresql://postgres:5432/keycloak", keycloak.get("KC_DB_URL"));
        assertTrue(init.contains("create database keycloak owner " + keycloak.get("KC_DB_USERNAME") + ";"));
        Object password = keycloak.get("KC_DB_PASSWORD");
        assertEquals(password, postgres.get(variable(String.valueOf(password))), "the postgres container gets it too");
    }

    /** Every login init-databases.sql creates is refused superuser, role and database creation; none is made one later. */
    @Test
    void noDatabaseUserIsASuperuser() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/compose/init-databases.sql")).toLowerCase(Locale.ROOT);
        Matcher roles = Pattern.compile("create (?:role|user) (\\w+)([^;]*);").matcher(init);
        Set<String> created = new TreeSet<>();
        while (roles.find()) {
            created.add(roles.group(1));
            for (String refused : List.of("nosuperuser", "nocreaterole", "nocreatedb", "noreplication", "nobypassrls")) {
                assertTrue(roles.group(2).contains(refused), roles.group(1) + " is created " + refused);
            }
        }
        assertEquals(Set.of("lessons", "typology", "verification", "keycloak"), created);
        assertFalse(init.matches("(?s).*alter (role|user) .*superuser.*"), "no role is altered into a superuser");
        assertFalse(init.matches("(?s).*grant [^;]*(pg_|postgres)[^;]*;.*"), "no role is given a predefined role");
        Object superuser = environment("postgres").get("POSTGRES_USER");
        assertFalse(created.contains(String.valueOf(superuser)), "the superuser is none of the services' users");
    }

    /** Every service comes back after a crash or a reboot; the one-shot init step only after a failure. */
    @Test
    void everyServiceHasARestartPolicyAndResourceLimits() {
        services().forEach((name, service) -> {
            Object restart = service.get("restart");
            if (name.equals("typology-init")) {
                assertTrue(String.valueOf(restart).startsWith("on-failure"), name + " restart " + restart);
            } else {
                assertEquals("unless-stopped", restart, name + " restart");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> limits = (Map<String, Object>) path(service, "deploy", "resources", "limits");
            assertTrue(limits != null && limits.containsKey("cpus") && limits.containsKey("memory"),
                    name + " has cpu and memory limits: " + limits);
        });
    }

    /**
     * Every image is pinned by tag and digest, or listed in x-unpinned-images with the reason; the listed ones must be
     * images the file uses, so the list cannot outlive its reason unnoticed.
     */
    @Test
    void everyImageIsPinnedByDigestOrListedAsUnpinned() {
        @SuppressWarnings("unchecked")
        Map<String, Object> unpinned = (Map<String, Object>) compose().get("x-unpinned-images");
        assertTrue(unpinned != null, "x-unpinned-images is declared (empty when every image is pinned)");
        Set<String> images = new HashSet<>();
        services().forEach((name, service) -> {
            if (service.containsKey("build")) {
                return;
            }
            String image = String.valueOf(service.get("image"));
            images.add(image);
            if (!image.matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}")) {
                assertTrue(unpinned.containsKey(image), name + ": " + image + " is neither pinned nor listed");
                assertFalse(String.valueOf(unpinned.get(image)).isBlank(), image + " is listed with a reason");
            }
        });
        assertTrue(images.containsAll(unpinned.keySet()), "listed as unpinned but not used: " + unpinned.keySet());
    }

    /** Kafka's log (topics, offsets, the outbox's events in flight) outlives the container. */
    @Test
    void kafkaKeepsItsLogInAVolume() {
        Map<String, Object> kafka = services().get("kafka");
        String logDirs = String.valueOf(environment("kafka").get("KAFKA_LOG_DIRS"));
        @SuppressWarnings("unchecked")
        Map<String, Object> volumes = (Map<String, Object>) compose().get("volumes");
        @SuppressWarnings("unchecked")
        List<String> mounts = (List<String>) kafka.get("volumes");
        assertTrue(mounts.stream().anyMatch(mount -> mount.endsWith(":" + logDirs)
                && volumes.containsKey(mount.substring(0, mount.indexOf(':')))), mounts + " keeps " + logDirs);
    }

    /**
     * The services trust the compose Keycloak by default: its keys inside the network, the issuer it writes into every
     * token (its public address, fixed by KC_HOSTNAME) and the audience its realm maps.
     */
    @Test
    void theServicesTrustTheComposeKeycloakByDefault() {
        Map<String, Object> keycloak = services().get("keycloak");
        assertTrue(String.valueOf(keycloak.get("command")).contains("--import-realm"), "the realm is imported at start");
        @SuppressWarnings("unchecked")
        List<String> mounts = (List<String>) keycloak.get("volumes");
        assertTrue(mounts.contains("./deploy/compose/keycloak/schaalsprong-realm.json"
                + ":/opt/keycloak/data/import/schaalsprong-realm.json:ro"), mounts.toString());
        String realm = "/realms/" + KeycloakRealm.realm().path("realm").asText();
        String hostname = defaultOf(String.valueOf(environment("keycloak").get("KC_HOSTNAME")));
        assertEquals("true", String.valueOf(environment("keycloak").get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC")),
                "the services may fetch the keys at the internal address");
        assertTrue(String.valueOf(keycloak.get("ports")).contains(hostname.substring(hostname.lastIndexOf(':') + 1)
                + ":8080"), "Keycloak is published where its hostname says");
        for (String name : SERVICES) {
            Map<String, Object> environment = environment(name);
            assertEquals("http://keycloak:8080" + realm + "/protocol/openid-connect/certs",
                    defaultOf(String.valueOf(environment.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"))), name + " keys");
            assertEquals(hostname + realm, defaultOf(String.valueOf(environment.get("MP_JWT_VERIFY_ISSUER"))),
                    name + " issuer");
            assertEquals(ServiceConfiguration.applicationProperties(name).getProperty("mp.jwt.verify.audiences"),
                    defaultOf(String.valueOf(environment.get("MP_JWT_VERIFY_AUDIENCES"))), name + " audience");
        }
    }

    /**
     * The compose init step loads typology-service through its API as the local run does: it waits for the service,
     * is given the shipped resources, and every file it names exists and is one the launcher loads too.
     */
    @Test
    void theTypologyInitStepLoadsWhatTheLocalRunLoads() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> init = services().get("typology-init");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) init.get("depends_on");
        for (String dependency : List.of("keycloak", "typology-service")) {
            assertTrue(dependsOn.containsKey(dependency), "the init step waits for " + dependency);
            assertEquals("service_healthy", dependsOn.get(dependency).get("condition"), "until " + dependency + " is healthy");
        }
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) init.get("volumes");
        assertTrue(volumes.contains("./typology-service/src/main/resources:/resources:ro"), volumes.toString());
        assertTrue(volumes.contains("./deploy/compose/init_typology.py:/init/init_typology.py:ro"), volumes.toString());
        String script = Files.readString(ROOT.resolve("deploy/compose/init_typology.py"));
        List<String> launcherFiles = new java.util.ArrayList<>(TypologySetup.MAPPED_IMPORTS);
        launcherFiles.addAll(List.of(TypologySetup.BUURTNAMEN, TypologySetup.BASIS, TypologySetup.LOG_WONINGEN,
                LocalSuite.CBS_BUURTEN));
        for (String file : launcherFiles) {
            String resource = file.substring(TypologySetup.RESOURCES.length());
            assertTrue(file.startsWith(TypologySetup.RESOURCES), file);
            assertTrue(Files.isRegularFile(ROOT.resolve(file)), file + " is shipped");
            assertTrue(script.contains('"' + resource + '"'), "the init step loads " + resource);
        }
    }

    /**
     * The init step asks Keycloak for its steward token by client credentials, with the secret the realm's client is
     * imported with; no token is written into the file or expected from the operator.
     */
    @Test
    void theInitStepGetsItsStewardTokenFromKeycloak() throws IOException {
        Map<String, Object> environment = environment("typology-init");
        String realm = KeycloakRealm.realm().path("realm").asText();
        assertEquals("http://keycloak:8080/realms/" + realm + "/protocol/openid-connect/token", environment.get("TOKEN_URL"));
        String client = String.valueOf(environment.get("CLIENT_ID"));
        String secret = KeycloakRealm.client(client).path("secret").asText();
        String secretVariable = secret.substring(2, secret.length() - 1);
        assertEquals(environment.get("CLIENT_SECRET"), environment("keycloak").get(secretVariable),
                "the init step and Keycloak's import read the same " + secretVariable);
        environment.forEach((variable, value) -> assertFalse(
                variable.contains("TOKEN") && !variable.equals("TOKEN_URL") || String.valueOf(value).startsWith("eyJ"),
                variable + " hands the init step a token"));
        String script = Files.readString(ROOT.resolve("deploy/compose/init_typology.py"));
        assertTrue(script.contains("\"grant_type\": \"client_credentials\""), "the script uses client credentials");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return (Map<String, Object>) new Yaml().load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services().get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            value = value instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
        }
        return value;
    }

    /** The variable of a {@code ${VARIABLE:-default}} value. */
    private static String variable(String value) {
        assertTrue(value.matches("\\$\\{[A-Z_]+:-[^}]*}"), value + " is ${VARIABLE:-default}");
        return value.substring(2, value.indexOf(":-"));
    }

    /** The default of a {@code ${VARIABLE:-default}} value: what compose uses when the operator sets nothing. */
    private static String defaultOf(String value) {
        variable(value);
        return value.substring(value.indexOf(":-") + 2, value.length() - 1);
    }
}
