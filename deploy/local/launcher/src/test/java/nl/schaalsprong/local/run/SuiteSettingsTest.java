package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void withoutArgumentsEveryServiceStartsAndTheStateIsKept() {
        SuiteSettings.Arguments none = SuiteSettings.Arguments.parse(List.of(), null);
        assertFalse(none.fresh());
        assertEquals(Set.of(), none.except());
        assertTrue(SuiteSettings.Arguments.parse(List.of("--fresh"), "  ").fresh());
    }

    @Test
    void exceptLeavesOutTheNamedServicesRepeatedOrAsAList() {
        assertEquals(Set.of(SuiteService.TYPOLOGY),
                SuiteSettings.Arguments.parse(List.of("--except", "typology-service"), null).except());
        SuiteSettings.Arguments arguments = SuiteSettings.Arguments.parse(
                List.of("--except", "typology-service", "--fresh", "--except=lessons-service, klp-dashboard"), null);
        assertTrue(arguments.fresh());
        assertEquals(Set.of(SuiteService.TYPOLOGY, SuiteService.LESSONS, SuiteService.DASHBOARD), arguments.except());
        // The variable adds to the command line, as SCHAALSPRONG_FRESH does.
        assertEquals(Set.of(SuiteService.TYPOLOGY, SuiteService.VERIFICATION),
                SuiteSettings.Arguments.parse(List.of("--except", "typology-service"), "verification-service").except());
    }

    @Test
    void anUnknownServiceOrArgumentIsRefusedNamingWhatIsKnown() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SuiteSettings.Arguments.parse(List.of("--except", "typology"), null));
        assertTrue(unknown.getMessage().contains("'typology'") && unknown.getMessage().contains("typology-service"),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SuiteSettings.Arguments.parse(List.of(), "lessons-service,nope"));
        for (List<String> args : List.of(List.of("--except"), List.of("--except", "--fresh"), List.of("--except="),
                List.of("--except", ","), List.of("--excpet", "typology-service"), List.of("typology-service"))) {
            assertThrows(IllegalArgumentException.class, () -> SuiteSettings.Arguments.parse(args, null), args.toString());
        }
    }

    @Test
    void aLeftOutServiceKeepsItsPortForDevModeToTakeAndTheLockSaysSo() {
        SuiteSettings settings = SuiteSettings.fromEnvironment(ROOT, false, Set.of(SuiteService.TYPOLOGY));
        assertFalse(settings.starts(SuiteService.TYPOLOGY));
        assertTrue(settings.starts(SuiteService.LESSONS) && settings.starts(SuiteService.DASHBOARD));
        assertEquals(settings.typologyPort(), settings.port(SuiteService.TYPOLOGY));
        assertTrue(settings.describePorts().contains("typology-service " + settings.typologyPort() + " (left out"),
                settings.describePorts());
    }

    @Test
    void theOtherServicesAndTheDashboardStillCallALeftOutServiceAtItsPort() {
        SuiteSettings settings = SuiteSettings.usual(ROOT);
        String typology = "http://localhost:" + SuiteSettings.TYPOLOGY_PORT;
        assertEquals(typology, LocalSuite.config(SuiteService.LESSONS, java.util.Map.of(), settings)
                .get("quarkus.rest-client.typology.url"));
        assertEquals(typology, LocalSuite.config(SuiteService.VERIFICATION, java.util.Map.of(), settings)
                .get("quarkus.rest-client.typology.url"));
        assertEquals(typology, LocalSuite.config(SuiteService.DASHBOARD, java.util.Map.of(), settings)
                .get("dashboard.typology-url"));
    }

    /** run.sh checks --except names before it builds; its list is the launcher's. */
    @Test
    void runShKnowsTheSameServicesAsTheLauncher() throws IOException {
        String script = Files.readString(SuiteSettings.locateRoot().resolve("deploy/local/run.sh"));
        Matcher services = Pattern.compile("(?m)^services=\"([^\"]*)\"").matcher(script);
        assertTrue(services.find(), "run.sh lists the services");
        assertEquals(Arrays.stream(SuiteService.values()).map(SuiteService::module).sorted().toList(),
                Arrays.stream(services.group(1).split(" ")).sorted().toList());
    }
}
