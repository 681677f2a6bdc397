package nl.schaalsprong.local;

import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rule every service's ArchitectureTest checks about its events (issue 15): events in and out have one place, the
 * service's {@code messaging} package. The event types it produces are declared there (no other package constructs
 * platform's {@code EventType}), and only there are records consumed (an {@code @Incoming} channel, platform's typed
 * consumer, the processed-event claims). Named by text, so this module needs neither platform nor a service.
 */
public final class EventArchitecture {

    private static final String EVENT_TYPE = "nl.schaalsprong.platform.events.EventType";
    private static final String CONSUMING = "nl\\.schaalsprong\\.platform\\.inbox\\.(EventConsumers?|ProcessedEvents)"
            + "|org\\.eclipse\\.microprofile\\.reactive\\.messaging\\.Incoming";

    private EventArchitecture() {
    }

    /** @param messaging the service's messaging package as ArchUnit names packages, e.g. {@code ..lessons.messaging..} */
    public static ArchRule eventsInAndOutLiveIn(String messaging) {
        String text = String.class.getName();
        return CompositeArchRule.of(noClasses().that().resideOutsideOfPackage(messaging)
                        .should().callConstructor(EVENT_TYPE, text, text, text)
                        .because("the event types a service produces are declared in " + messaging))
                .and(noClasses().that().resideOutsideOfPackage(messaging)
                        .should().dependOnClassesThat(HasName.Predicates.nameMatching(CONSUMING))
                        .because("records are consumed in " + messaging + " only"));
    }
}
