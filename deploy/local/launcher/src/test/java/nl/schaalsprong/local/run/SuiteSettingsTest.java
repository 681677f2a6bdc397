package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SuiteSettingsTest {

    private static final Path ROOT = Path.of("/checkout");

    @Test
    void theRunCommandKeepsItsStateUnlessAskedToStartFresh() {
        // SCHAALSPRONG_FRESH is not set where the tests run; the flag alone decides.
        assertEquals(LocalStack.State.KEPT, SuiteSettings.fromEnvironment(ROOT, false).stack().state());
        assertEquals(LocalStack.State.FRESH, SuiteSettings.fromEnvironment(ROOT, true).stack().state());
    }

    @Test
    void testsThrowTheirStateAwayAndAKeptTestSuiteKeepsItsPorts() {
        assertEquals(LocalStack.State.THROWAWAY, SuiteSettings.forTests(ROOT).stack().state());
        SuiteSettings kept = SuiteSettings.keptForTests(ROOT, Path.of("/tmp/kept"));
        assertEquals(LocalStack.State.KEPT, kept.stack().state());
        assertTrue(kept.stack().postgresPort() > 0 && kept.stack().kafkaPort() > 0, "ports are fixed, not 0");
    }

    @Test
    void aRefusedStartIsToldEveryPortOfTheRunningSuite() {
        SuiteSettings settings = SuiteSettings.fromEnvironment(ROOT, false);
        String ports = settings.describePorts();
        for (int port : new int[]{settings.lessonsPort(), settings.typologyPort(), settings.verificationPort(),
                settings.dashboardPort(),
                settings.stack().postgresPort(), settings.stack().kafkaPort(), settings.stack().kafkaControllerPort()}) {
            assertTrue(ports.contains(Integer.toString(port)), ports);
        }
    }
}
