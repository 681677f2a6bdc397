package nl.schaalsprong.lessons;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.schaalsprong.local.EventArchitecture;
import nl.schaalsprong.local.PersistenceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the rules in the domain: it knows nothing of HTTP, Kafka or the layers that call it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.schaalsprong.lessons");

    @Test
    void domainDependsOnNoOuterLayerNorTransport() {
        noClasses().that().resideInAPackage("..lessons.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..lessons.rest..", "..lessons.service..", "..lessons.messaging..", "..lessons.mapping..",
                        "..lessons.client..", "..lessons.config..", "org.eclipse.microprofile.rest.client..",
                        "org.eclipse.microprofile.faulttolerance..",
                        "jakarta.ws.rs..", "org.jboss.resteasy..", "org.eclipse.microprofile.reactive.messaging..",
                        "io.smallrye.reactive.messaging..", "org.apache.kafka..")
                .check(CLASSES);
    }

    /** HTTP is for the REST layer and for the client of typology-service, nothing in between. */
    @Test
    void onlyTheRestLayerAndTheClientKnowHttp() {
        noClasses().that().resideOutsideOfPackages("..lessons.rest..", "..lessons.client..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheRestLayer() {
        noClasses().that().resideOutsideOfPackage("..lessons.rest..")
                .should().dependOnClassesThat().resideInAPackage("..lessons.rest..")
                .check(CLASSES);
    }

    /** Events in and out have one place, messaging (issue 15): see {@link EventArchitecture}. */
    @Test
    void eventsInAndOutLiveInMessaging() {
        EventArchitecture.eventsInAndOutLiveIn("..lessons.messaging..").check(CLASSES);
    }

    /** Native queries are planned once: none names its result type (see {@link PersistenceArchitecture}). */
    @Test
    void nativeQueriesNameNoResultType() {
        PersistenceArchitecture.nativeQueriesNameNoResultType().check(CLASSES);
    }

    /**
     * Messaging hands what it consumed to ports the service layer implements ({@code EvidenceReadModel}), so the
     * services can use the events it defines without a cycle.
     */
    @Test
    void messagingDependsOnNoLayerAboveTheDomain() {
        noClasses().that().resideInAPackage("..lessons.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("..lessons.service..", "..lessons.rest..",
                        "..lessons.mapping..", "..lessons.client..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("nl.schaalsprong.lessons.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
