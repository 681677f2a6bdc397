package nl.schaalsprong.verification.subscription.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.persistence.NativeColumn;
import nl.schaalsprong.verification.subscription.domain.ApproachTag;
import nl.schaalsprong.verification.subscription.domain.AreaCode;
import nl.schaalsprong.verification.subscription.domain.EventFacts;
import nl.schaalsprong.verification.subscription.domain.SubscribedEvent;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What an event is about, for the filters: a verification event concerns its target (a buurt, or a whole wijk or
 * gemeente) and the tags of its
 * lesson; an evidence change the lesson's origin and every buurt it has a verification in, and its tags; a tagging
 * the origin and the tags it carries; learned weights concern no buurt and no tag. Read in the transaction that
 * appends the event, so the lesson's tags and verifications are those of that very change.
 */
@ApplicationScoped
class EventFactsReader {

    private static final Logger LOG = Logger.getLogger(EventFactsReader.class);

    private final EntityManager entityManager;

    EventFactsReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    EventFacts read(SubscribedEvent kind, CloudEvent event) {
        JsonNode data = event.data();
        return switch (kind) {
            case VERIFICATION_SUGGESTED, VERIFICATION_ACCEPTED, VERIFICATION_DECLINED, VERIFICATION_CONCLUDED ->
                    places(kind, List.of(targetCode(data)), lessonTags(data.path("lessonId").asText("")));
            case LESSON_EVIDENCE_CHANGED -> places(kind, lessonPlaces(data.path("lessonId").asText("")),
                    lessonTags(data.path("lessonId").asText("")));
            case LESSON_TAGGED -> new EventFacts(kind, buurten(texts(data.path("originBuurtCodes"))),
                    tags(texts(data.path("tags"))));
            case COMPARABILITY_WEIGHTS_LEARNED -> new EventFacts(kind, Set.of(), Set.of());
        };
    }

    /** v2 names the target {level, code}; a v1 record (replayed) only its buurt. */
    private static String targetCode(JsonNode data) {
        return data.path("target").path("code").asText(data.path("targetBuurtCode").asText(""));
    }

    /** Buurt codes as buurten, wijk and gemeente codes as whole areas (a verification at that scale). */
    private static EventFacts places(SubscribedEvent kind, Collection<String> codes, Set<ApproachTag> tags) {
        List<String> buurten = codes.stream().filter(c -> c != null && c.startsWith("BU")).toList();
        List<String> areas = codes.stream().filter(c -> c != null && !c.startsWith("BU")).toList();
        return new EventFacts(kind, buurten(buurten), parsed(areas, AreaCode::new), tags);
    }

    private Set<ApproachTag> lessonTags(String lessonId) {
        UUID lesson = uuid(lessonId);
        if (lesson == null) {
            return Set.of();
        }
        List<String> tags = NativeColumn.list(entityManager.createNativeQuery(
                "select tag from lesson_tag where lesson_id = :lesson").setParameter("lesson", lesson), String.class);
        return tags(tags);
    }

    /** The lesson's origin and the buurten, wijken and gemeenten of its verifications. */
    private List<String> lessonPlaces(String lessonId) {
        UUID lesson = uuid(lessonId);
        if (lesson == null) {
            return List.of();
        }
        List<String> codes = NativeColumn.list(entityManager.createNativeQuery(
                "select jsonb_array_elements_text(origin_buurt_codes)"
                        + " from lesson where id = :lesson union select target_area_code from verification"
                        + " where lesson_id = :lesson")
                .setParameter("lesson", lesson), String.class);
        return codes;
    }

    private static Set<BuurtCode> buurten(Collection<String> codes) {
        return parsed(codes, BuurtCode::new);
    }

    private static Set<ApproachTag> tags(Collection<String> values) {
        return parsed(values, ApproachTag::new);
    }

    /** Tolerant: a value that is not of its form concerns nobody, and must not fail the change that has it. */
    private static <T> Set<T> parsed(Collection<String> values, Function<String, T> parse) {
        Set<T> parsed = new HashSet<>();
        for (String value : values) {
            try {
                parsed.add(parse.apply(value));
            } catch (RuntimeException unreadable) {
                LOG.debugf("'%s' skipped for subscriptions: %s", value, unreadable.getMessage());
            }
        }
        return parsed;
    }

    private static List<String> texts(JsonNode array) {
        if (!array.isArray()) {
            return List.of();
        }
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).filter(Objects::nonNull)
                .collect(Collectors.toList());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
