package nl.schaalsprong.verification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.EventConsumer;
import nl.schaalsprong.platform.inbox.EventConsumers;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.LessonBarrier;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.TaggedLesson;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns tagged lessons into verification suggestions: a declaration on platform's typed consumer, claimed under
 * {@code suggestions}. A redelivery is dropped before typology-service is asked anything; the suggestions are stored
 * in the transaction that claims the event ({@link TaggedLessons}). A record that is not a CloudEvent, data that
 * breaks {@link LessonTagged}'s constraints or makes no sense, and a lesson typology-service rejects (4xx) go to
 * {@code schaalsprong.lessons.dlq} at once, so one bad record never blocks the partition. A typology outage is not
 * the event's fault: the lesson is parked and retried later.
 */
@ApplicationScoped
public class LessonEventsConsumer {

    /** The idempotent-consumer name under which suggestion-making claims events. */
    static final String SUGGESTIONS = "suggestions";

    private static final Logger LOG = Logger.getLogger(LessonEventsConsumer.class);

    private final EventConsumer<TaggedLesson> tagged;

    public LessonEventsConsumer(EventConsumers consumers, TaggedLessons lessons) {
        this.tagged = consumers.declare(SUGGESTIONS, LessonTagged.class).on(ConsumedEvents.LESSON_TAGGED)
                .reading(LessonEventsConsumer::lesson)
                .preparing((event, lesson) -> lessons.prepare(event.id(), lesson));
    }

    @CountsDeadLetters
    @Incoming("lesson-events")
    @Blocking
    public void consume(String record) {
        tagged.consume(record);
    }

    static TaggedLesson lesson(CloudEvent event, LessonTagged tagged) {
        try {
            List<BuurtCode> origins = tagged.originBuurtCodes().stream().map(BuurtCode::new).distinct().toList();
            GemeenteCode gemeente = tagged.gemeenteCode() == null ? null : new GemeenteCode(tagged.gemeenteCode());
            Layer layer = known(Layer.class, tagged.claimedLayer(), event);
            TaggedLesson.Rightscaling rightscaling = tagged.rightscaling() == null ? null
                    : new TaggedLesson.Rightscaling(tagged.rightscaling().appliedAt(), tagged.rightscaling().smallest(),
                    tagged.rightscaling().largest());
            return new TaggedLesson(tagged.lessonId(), tagged.proeftuinId(), gemeente, origins,
                    knownAll(Route.class, tagged.routes(), event), layer, rightscaling,
                    knownAll(ExperimentCondition.class, tagged.experimentConditions(), event), tagged.tags(),
                    tagged.taggedAt(), content(tagged, event), barriers(tagged, event));
        } catch (RuleViolationException | InvalidCodeException e) {
            throw new InvalidCloudEventException("data of " + event.id() + ": " + e.getMessage(), e);
        }
    }

    /** What the lesson says; an indicator without a name is no indicator a criterion could name, so it is skipped. */
    static LessonContent content(LessonTagged tagged, CloudEvent event) {
        List<LessonContent.Indicator> indicators = tagged.indicators() == null ? List.of()
                : tagged.indicators().stream().filter(i -> i != null && i.name() != null && !i.name().isBlank())
                .map(i -> new LessonContent.Indicator(i.name().strip(), i.value(), i.unit(), i.date())).toList();
        return new LessonContent(tagged.title(), tagged.pilot(), tagged.recommendation(),
                known(LessonContent.LessonOutcome.class, tagged.outcome(), event), indicators, tagged.themes(),
                tagged.module());
    }

    /** The barriers the lesson leans on; one without an id or with a level or status we do not know is skipped. */
    static List<LessonBarrier> barriers(LessonTagged tagged, CloudEvent event) {
        if (tagged.barriers() == null) {
            return List.of();
        }
        return tagged.barriers().stream().filter(b -> b != null && b.barrierId() != null).map(b -> {
            LessonBarrier.Level level = known(LessonBarrier.Level.class, b.level(), event);
            LessonBarrier.Status status = known(LessonBarrier.Status.class, b.status(), event);
            return level == null || status == null ? null
                    : new LessonBarrier(b.barrierId(), b.ruleNamed(), level, status);
        }).filter(Objects::nonNull).toList();
    }

    private static <E extends Enum<E>> Set<E> knownAll(Class<E> type, List<String> values, CloudEvent event) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().map(v -> known(type, v, event)).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** A value lessons-service added after us is skipped with a warning: we read tolerantly. */
    private static <E extends Enum<E>> E known(Class<E> type, String value, CloudEvent event) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            LOG.warnf("event %s: unknown %s '%s' skipped", event.id(), type.getSimpleName(), value);
            return null;
        }
    }
}
