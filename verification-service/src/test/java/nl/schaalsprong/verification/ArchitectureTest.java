package nl.schaalsprong.verification;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import nl.schaalsprong.platform.events.EventType;
import nl.schaalsprong.platform.inbox.EventConsumer;
import nl.schaalsprong.platform.inbox.EventConsumers;
import nl.schaalsprong.platform.inbox.ProcessedEvents;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
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

    /**
     * Events in and out have one place, messaging: the event types this service produces are declared there, and
     * only there are records consumed (a channel's {@code @Incoming}, the platform's typed consumer).
     */
    @Test
    void eventsInAndOutLiveInMessaging() {
        noClasses().that().resideOutsideOfPackage("nl.schaalsprong.verification.messaging..")
                .should().callConstructor(EventType.class, String.class, String.class, String.class)
                .check(classes);
        noClasses().that().resideOutsideOfPackage("nl.schaalsprong.verification.messaging..")
                .should().dependOnClassesThat().belongToAnyOf(EventConsumers.class, EventConsumer.class,
                        ProcessedEvents.class, Incoming.class)
                .check(classes);
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
