package nl.schaalsprong.typology;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.schaalsprong.local.EventArchitecture;
import nl.schaalsprong.local.PersistenceArchitecture;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain stays free of delivery concerns, so it can be tested and reused without HTTP or messaging. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.schaalsprong.typology");

    @Test
    void theDomainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("nl.schaalsprong.typology.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.schaalsprong.typology.rest..",
                        "nl.schaalsprong.typology.service..",
                        "nl.schaalsprong.typology.messaging..",
                        "nl.schaalsprong.typology.mapping..",
                        "nl.schaalsprong.typology.config..",
                        "nl.schaalsprong.typology.area..",
                        "jakarta.ws.rs..",
                        "org.eclipse.microprofile.reactive.messaging..")
                .check(CLASSES);
    }

    /** The area package is layered as the service is: its domain knows nothing of its service or rest layer. */
    @Test
    void theAreaDomainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("nl.schaalsprong.typology.area.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.schaalsprong.typology.area.service..",
                        "nl.schaalsprong.typology.area.rest..",
                        "nl.schaalsprong.typology.rest..",
                        "nl.schaalsprong.typology.service..",
                        "nl.schaalsprong.typology.messaging..",
                        "nl.schaalsprong.typology.mapping..",
                        "jakarta.ws.rs..",
                        "jakarta.persistence..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.schaalsprong.typology.area.service..")
                .should().dependOnClassesThat().resideInAPackage("nl.schaalsprong.typology.area.rest..")
                .check(CLASSES);
    }

    @Test
    void onlyRestSpeaksHttp() {
        noClasses().that().resideOutsideOfPackages("nl.schaalsprong.typology.rest..",
                        "nl.schaalsprong.typology.area.rest..", "nl.schaalsprong.typology.figure.rest..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(CLASSES);
    }

    /** The figure capability is layered inside as the service is: its domain knows no service, rest or mapping. */
    @Test
    void theFigureDomainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("nl.schaalsprong.typology.figure.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.schaalsprong.typology.figure.service..",
                        "nl.schaalsprong.typology.figure.rest..",
                        "nl.schaalsprong.typology.rest..",
                        "nl.schaalsprong.typology.service..",
                        "nl.schaalsprong.typology.messaging..",
                        "nl.schaalsprong.typology.mapping..",
                        "jakarta.ws.rs..",
                        "jakarta.persistence..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("nl.schaalsprong.typology.figure.service..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.schaalsprong.typology.figure.rest..",
                        "nl.schaalsprong.typology.rest..",
                        "nl.schaalsprong.typology.service..")
                .check(CLASSES);
    }

    /** Events in and out have one place, messaging (issue 15): see {@link EventArchitecture}. */
    @Test
    void eventsInAndOutLiveInMessaging() {
        EventArchitecture.eventsInAndOutLiveIn("nl.schaalsprong.typology.messaging..").check(CLASSES);
    }

    /** Native queries are planned once: none names its result type (see {@link PersistenceArchitecture}). */
    @Test
    void nativeQueriesNameNoResultType() {
        PersistenceArchitecture.nativeQueriesNameNoResultType().check(CLASSES);
    }

    /** Messaging hands what it consumed to the domain (a CDI event the use cases observe), never to a layer above. */
    @Test
    void messagingDependsOnNoLayerAboveTheDomain() {
        noClasses().that().resideInAPackage("nl.schaalsprong.typology.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.schaalsprong.typology.service..",
                        "nl.schaalsprong.typology.rest..", "nl.schaalsprong.typology.mapping..")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("nl.schaalsprong.typology.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
