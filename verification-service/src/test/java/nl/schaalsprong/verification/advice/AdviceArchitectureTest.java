package nl.schaalsprong.verification.advice;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The advice is layered inside its package: rest → service → client and domain; the domain is pure. */
class AdviceArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.schaalsprong.verification");
    }

    @Test
    void theAdviceDomainIsPure() {
        noClasses().that().resideInAPackage("nl.schaalsprong.verification.advice.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.eclipse..",
                        "org.hibernate..", "nl.schaalsprong.verification.advice.service..",
                        "nl.schaalsprong.verification.advice.rest..", "nl.schaalsprong.verification.advice.client..",
                        "nl.schaalsprong.verification.service..", "nl.schaalsprong.verification.rest..")
                .check(classes);
    }

    @Test
    void theLayersOfTheAdvicePointInward() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("nl.schaalsprong.verification.advice..")
                .layer("rest").definedBy("nl.schaalsprong.verification.advice.rest..")
                .layer("service").definedBy("nl.schaalsprong.verification.advice.service..")
                .layer("client").definedBy("nl.schaalsprong.verification.advice.client..")
                .layer("domain").definedBy("nl.schaalsprong.verification.advice.domain..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest")
                .whereLayer("client").mayOnlyBeAccessedByLayers("service", "rest")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "service", "client")
                .check(classes);
    }

    @Test
    void nothingOutsideTheAdviceDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("nl.schaalsprong.verification.advice..")
                .should().dependOnClassesThat().resideInAPackage("nl.schaalsprong.verification.advice..")
                .check(classes);
    }
}
