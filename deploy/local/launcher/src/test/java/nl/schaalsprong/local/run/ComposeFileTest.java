package nl.schaalsprong.local.run;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Docker engine runs where the tests run, so this checks the compose file against the code instead: every
 * service it builds exists with its Dockerfile, listens where the service does, is configured only through
 * variables the service knows, waits for healthy dependencies and has a health check.
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
            assertTrue(dependsOn.keySet().containsAll(Set.of("postgres", "kafka")), name + " depends on " + dependsOn.keySet());
            dependsOn.forEach((dependency, condition) ->
                    assertEquals("service_healthy", condition.get("condition"), name + " waits for " + dependency));
        }
    }

    @Test
    void eachServiceGetsItsOwnDatabaseAndItCreatesIt() throws IOException {
        String init = Files.readString(ROOT.resolve("deploy/compose/init-databases.sql"));
        for (String name : SERVICES) {
            @SuppressWarnings("unchecked")
            Map<String, Object> environment = (Map<String, Object>) services().get(name).get("environment");
            String url = String.valueOf(environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
            String database = url.substring(url.lastIndexOf('/') + 1);
            assertEquals(name.replace("-service", ""), database);
            assertTrue(init.contains("create database " + database + ";"), database + " is created");
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
        assertEquals("service_healthy", dependsOn.get("typology-service").get("condition"));
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) init.get("volumes");
        assertTrue(volumes.contains("./typology-service/src/main/resources:/resources:ro"), volumes.toString());
        assertTrue(volumes.contains("./deploy/compose/init_typology.py:/init/init_typology.py:ro"), volumes.toString());
        String script = Files.readString(ROOT.resolve("deploy/compose/init_typology.py"));
        List<String> launcherFiles = new java.util.ArrayList<>(TypologySetup.ENERGY_IMPORTS);
        launcherFiles.addAll(List.of(TypologySetup.BUURTNAMEN, TypologySetup.BASIS, TypologySetup.LOG_WONINGEN,
                LocalSuite.CBS_BUURTEN));
        for (String file : launcherFiles) {
            String resource = file.substring(TypologySetup.RESOURCES.length());
            assertTrue(file.startsWith(TypologySetup.RESOURCES), file);
            assertTrue(Files.isRegularFile(ROOT.resolve(file)), file + " is shipped");
            assertTrue(script.contains('"' + resource + '"'), "the init step loads " + resource);
        }
    }
}
