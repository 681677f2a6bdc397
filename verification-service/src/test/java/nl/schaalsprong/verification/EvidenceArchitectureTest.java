package nl.schaalsprong.verification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Evidence rules and learning are pure functions: no framework, no persistence, no clock of their own. */
class EvidenceArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.schaalsprong.verification.domain.evidence", "nl.schaalsprong.verification.domain.learning");

    @Test
    void evidenceAndLearningAreFreeOfFrameworks() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.eclipse..",
                        "org.hibernate..", "com.fasterxml..")
                .check(CLASSES);
    }

    @Test
    void evidenceAndLearningNeverReadTheTime() {
        noClasses().should().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(CLASSES);
    }
}
