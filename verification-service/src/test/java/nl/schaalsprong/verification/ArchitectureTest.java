package nl.schaalsprong.verification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.local.EventArchitecture;
import nl.schaalsprong.local.PersistenceArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain speaks only of verifications and buurten; how they travel over HTTP or Kafka is someone else's business. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.schaalsprong.verification");
    }

    @Test
    void theDomainKnowsNoTransportAndNoOuterLayer() {
        noClasses().that().resideInAPackage("nl.schaalsprong.verification.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.schaalsprong.verification.rest..",
                        "nl.schaalsprong.verification.messaging..",
                        "nl.schaalsprong.verification.client..",
                        "nl.schaalsprong.verification.service..",
                        "nl.schaalsprong.verification.mapping..",
                        "nl.schaalsprong.verification.config..",
                        "jakarta.ws.rs..",
                        "org.apache.kafka..",
                        "io.smallrye.reactive.messaging..",
                        "org.eclipse.microprofile.reactive.messaging..",
                        "org.eclipse.microprofile.rest.client..",
                        "org.eclipse.microprofile.faulttolerance..",
                        "nl.schaalsprong.platform.events..",
                        "nl.schaalsprong.platform.outbox..",
                        "nl.schaalsprong.platform.inbox..")
                .check(classes);
    }

    @Test
    void theDomainPolicyIsPure() {
        noClasses().that().haveSimpleName("SuggestionPolicy")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.eclipse..")
                .check(classes);
    }

    /** Events in and out have one place, messaging (issue 15): see {@link EventArchitecture}. */
    @Test
    void eventsInAndOutLiveInMessaging() {
        EventArchitecture.eventsInAndOutLiveIn("nl.schaalsprong.verification.messaging..").check(classes);
    }

    /** Native queries are planned once: none names its result type (see {@link PersistenceArchitecture}). */
    @Test
    void nativeQueriesNameNoResultType() {
        PersistenceArchitecture.nativeQueriesNameNoResultType().check(classes);
    }

    /** The rule names JPA by text: a native query with a result type must be seen. */
    @Test
    void theNativeQueryRuleSeesAResultType() {
        JavaClasses typed = new ClassFileImporter().importClasses(TypedNativeQuery.class);
        assertThrows(AssertionError.class, () -> PersistenceArchitecture.nativeQueriesNameNoResultType().check(typed));
    }

    /** What the rule forbids. */
    static final class TypedNativeQuery {
        List<?> tags(EntityManager entityManager) {
            return entityManager.createNativeQuery("select tag from lesson_tag", String.class).getResultList();
        }
    }

    /** The rule names platform's classes by text: held to another package, it must see what messaging does. */
    @Test
    void theEventRuleSeesEventTypesAndConsumers() {
        AssertionError seen = assertThrows(AssertionError.class, () ->
                EventArchitecture.eventsInAndOutLiveIn("nl.schaalsprong.verification.rest..").check(classes));
        assertTrue(seen.getMessage().contains("EventType.<init>(java.lang.String, java.lang.String, java.lang.String)"),
                seen.getMessage());
        assertTrue(seen.getMessage().contains("LessonEventsConsumer") && seen.getMessage().contains("EventConsumers")
                && seen.getMessage().contains("Incoming"), seen.getMessage());
    }

    /**
     * Messaging hands what it consumed to ports the service layer implements ({@code TaggedLessons}), so the services
     * can use the events it defines without a cycle.
     */
    @Test
    void messagingDependsOnNoLayerAboveTheDomain() {
        noClasses().that().resideInAPackage("nl.schaalsprong.verification.messaging..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.schaalsprong.verification.service..",
                        "nl.schaalsprong.verification.rest..", "nl.schaalsprong.verification.mapping..",
                        "nl.schaalsprong.verification.client..", "nl.schaalsprong.verification.advice..",
                        "nl.schaalsprong.verification.evidencesummary..", "nl.schaalsprong.verification.subscription..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("nl.schaalsprong.verification.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyRestAndTheTypologyClientSpeakJaxRs() {
        noClasses().that().resideOutsideOfPackages("nl.schaalsprong.verification.rest..",
                        "nl.schaalsprong.verification.client..",
                        // a capability's own package (advice, subscription) has its rest and client layers inside it
                        "nl.schaalsprong.verification.*.rest..", "nl.schaalsprong.verification.*.client..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(classes);
    }
}
