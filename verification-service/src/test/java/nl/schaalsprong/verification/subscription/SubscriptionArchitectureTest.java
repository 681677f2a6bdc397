package nl.schaalsprong.verification.subscription;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The subscription package in layers: rest over service over delivery and persistence over domain. The domain is
 * plain Java (no framework, no transport, no database); nothing outside the package depends on it.
 */
class SubscriptionArchitectureTest {

    static final String PACKAGE = "nl.schaalsprong.verification.subscription";
    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.schaalsprong.verification");
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage(PACKAGE + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.eclipse..",
                        "org.hibernate..", "com.fasterxml..", "java.net.http..", "java.sql..",
                        "nl.schaalsprong.platform.events..", "nl.schaalsprong.platform.outbox..",
                        "nl.schaalsprong.platform.inbox..", PACKAGE + ".persistence..", PACKAGE + ".delivery..",
                        PACKAGE + ".service..", PACKAGE + ".rest..", PACKAGE + ".config..")
                .check(classes);
    }

    @Test
    void layersOnlyLookDown() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy(PACKAGE + ".rest..")
                .layer("service").definedBy(PACKAGE + ".service..")
                .layer("delivery").definedBy(PACKAGE + ".delivery..")
                .layer("persistence").definedBy(PACKAGE + ".persistence..")
                .layer("config").definedBy(PACKAGE + ".config..")
                .layer("domain").definedBy(PACKAGE + ".domain..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest")
                .whereLayer("delivery").mayOnlyBeAccessedByLayers("service")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("service", "delivery", "rest")
                .whereLayer("config").mayOnlyBeAccessedByLayers("service", "delivery")
                .check(classes);
    }

    @Test
    void theRestOfTheServiceDoesNotKnowSubscriptions() {
        noClasses().that().resideInAPackage("nl.schaalsprong.verification..")
                .and().resideOutsideOfPackage(PACKAGE + "..")
                .should().dependOnClassesThat().resideInAPackage(PACKAGE + "..")
                .check(classes);
    }
}
