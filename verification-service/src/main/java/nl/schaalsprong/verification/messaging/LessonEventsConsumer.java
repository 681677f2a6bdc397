package nl.schaalsprong.verification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.InboundEvent;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.LessonBarrier;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.TaggedLesson;
import nl.schaalsprong.verification.service.SuggestionService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns tagged lessons into verification suggestions. Any exception nacks the record, and the channel's
 * dead-letter-queue strategy moves it to {@code schaalsprong.lessons.dlq} so one bad record never blocks the
 * partition: a poison record goes there at once, and so does a lesson typology-service rejects (4xx). A
 * typology outage is not the event's fault: SuggestionService parks the lesson and retries it later.
 */
@ApplicationScoped
public class LessonEventsConsumer {

    private static final Logger LOG = Logger.getLogger(LessonEventsConsumer.class);

    private final CloudEventCodec codec;
    private final SuggestionService suggestions;

    public LessonEventsConsumer(CloudEventCodec codec, SuggestionService suggestions) {
        this.codec = codec;
        this.suggestions = suggestions;
    }

    @CountsDeadLetters
    @Incoming("lesson-events")
    @Blocking
    public void consume(String record) {
        CloudEvent event = codec.read(record);
        try (InboundEvent ignored = InboundEvent.open(event)) {
            if (!ConsumedEvents.LESSON_TAGGED.equals(event.type())) {
                // Other lesson events share the topic; they are not ours to act on, and not poison either.
                LOG.debugf("ignoring %s", event.type());
                return;
            }
            TaggedLesson lesson = lesson(event, codec.data(event, LessonTagged.class));
            int suggested = suggestions.suggestFor(event, lesson);
            LOG.infof("lesson %s tagged: %d verification(s) suggested", lesson.lessonId(), suggested);
        }
    }

    static TaggedLesson lesson(CloudEvent event, LessonTagged tagged) {
        if (tagged.lessonId() == null || tagged.originBuurtCodes() == null || tagged.originBuurtCodes().isEmpty()) {
            throw new InvalidCloudEventException("data of " + event.id() + " lacks lessonId or originBuurtCodes");
        }
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
