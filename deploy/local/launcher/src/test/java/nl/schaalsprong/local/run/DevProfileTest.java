package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./mvnw -am -pl <service> quarkus:dev} joins a suite started with {@code run.sh --except <service>} through
 * the service's {@code %dev} profile alone. This holds each profile to what the launcher gives that service on the
 * usual ports and state directory, so that neither drifts from the other.
 */
class DevProfileTest {

    private static final Path ROOT = ServiceConfiguration.ROOT;
    /** What a %dev profile may set besides what the launcher gives: how the console log reads. */
    private static final Set<String> DEV_ONLY = Set.of("quarkus.log.console.json.enabled");

    @Test
    void everyServicesDevProfileSaysWhatTheLauncherGivesIt() {
        for (SuiteService service : SuiteService.values()) {
            Properties properties = ServiceConfiguration.applicationProperties(service.module());
            Map<String, String> launcher = LocalSuite.usualJoiningConfig(service, ROOT);
            launcher.forEach((key, expected) -> {
                // Explicitly in %dev, so that changing a default for production does not move dev mode.
                String dev = properties.getProperty("%dev." + key);
                assertNotNull(dev, service.module() + " has no %dev." + key + " (the launcher gives " + expected + ")");
                if (key.equals("mp.jwt.verify.publickey.location")) {
                    // Dev mode runs in the module's directory; the key is the one the stack keeps in the checkout.
                    assertTrue(dev.startsWith("file:"), dev);
                    assertEquals(Path.of(expected), ROOT.resolve(service.module()).resolve(dev.substring("file:".length()))
                            .normalize(), service.module() + " token key");
                } else {
                    assertEquals(expected, dev, service.module() + " %dev." + key);
                }
            });
        }
    }

    @Test
    void aDevProfileSetsNothingTheLauncherDoesNotSoTheTwoStayOneConfiguration() {
        for (SuiteService service : SuiteService.values()) {
            Set<String> known = new TreeSet<>(LocalSuite.usualJoiningConfig(service, ROOT).keySet());
            known.addAll(DEV_ONLY);
            for (String key : ServiceConfiguration.applicationProperties(service.module()).stringPropertyNames()) {
                if (key.startsWith("%dev.")) {
                    assertTrue(known.contains(key.substring("%dev.".length())),
                            service.module() + ": " + key + " is not what the launcher gives it");
                }
            }
        }
    }

    @Test
    void devModeMigratesItsDatabaseAndStartsNoDevServices() {
        for (SuiteService service : SuiteService.values()) {
            Properties properties = ServiceConfiguration.applicationProperties(service.module());
            if (service.database().isPresent()) {
                assertEquals("false", effectiveInDev(properties, "quarkus.devservices.enabled"), service.module());
                assertEquals("true", effectiveInDev(properties, "quarkus.flyway.migrate-at-start"), service.module());
                assertTrue(LocalStack.DATABASES.contains(service.database().get()));
                assertTrue(properties.getProperty("%dev.quarkus.datasource.jdbc.url").endsWith("/" + service.database().get()));
            }
        }
    }

    @Test
    void theLeftOutServicesCommandNeedsNoVariablesOnTheUsualSettingsAndNamesEachDifference() {
        SuiteSettings usual = SuiteSettings.usual(ROOT);
        Map<String, String> stack = LocalStack.embeddedServiceConfig("typology", usual.workDirectory(),
                SuiteSettings.POSTGRES_PORT, SuiteSettings.KAFKA_PORT);
        assertEquals("./mvnw -am -pl typology-service quarkus:dev",
                LocalSuite.devModeCommand(SuiteService.TYPOLOGY, stack, usual));
        SuiteSettings moved = new SuiteSettings(ROOT, ROOT.resolve("elsewhere"), 9081, 9082, 8083, 8080,
                new LocalStack.Settings(ROOT.resolve("elsewhere"), 55432, SuiteSettings.KAFKA_PORT, 59093, "",
                        LocalStack.State.KEPT), JvmProfile.QUICK_START, Set.of(SuiteService.LESSONS));
        Map<String, String> movedStack = LocalStack.embeddedServiceConfig("lessons", moved.workDirectory(), 55432,
                SuiteSettings.KAFKA_PORT);
        String command = LocalSuite.devModeCommand(SuiteService.LESSONS, movedStack, moved);
        assertEquals("QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:55432/lessons"
                + " MP_JWT_VERIFY_PUBLICKEY_LOCATION=" + ROOT.resolve("elsewhere/keys/token-public.pem")
                + " QUARKUS_REST_CLIENT_TYPOLOGY_URL=http://localhost:9082 QUARKUS_HTTP_PORT=9081"
                + " ./mvnw -am -pl lessons-service quarkus:dev", command);
    }

    private static String effectiveInDev(Properties properties, String key) {
        return properties.getProperty("%dev." + key, properties.getProperty(key));
    }
}
