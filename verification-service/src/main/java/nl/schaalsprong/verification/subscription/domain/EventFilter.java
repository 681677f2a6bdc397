package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which events a subscription receives. Each part that is given narrows the events: a listed kind, and (if areas are
 * given) a buurt within one of the areas, or a whole wijk or gemeente within or equal to one (a gemeente subscriber
 * gets a verification of one of its wijken or of the gemeente itself; a buurt subscriber not: a wijk is more), and (if tags are given) a tag under one of the tags. An empty part does not
 * narrow, so a filter with areas never matches an event about no buurt (learned weights).
 */
public record EventFilter(Set<SubscribedEvent> events, List<AreaCode> areas, List<ApproachTag> tags) {

    /** Enough for every gemeente of the country several times over; more is a mistake, not a need. */
    public static final int MAX_AREAS = 500;
    public static final int MAX_TAGS = 100;

    public EventFilter {
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
        areas = areas.stream().distinct().toList();
        tags = tags.stream().distinct().toList();
        if (areas.size() > MAX_AREAS) {
            throw new RuleViolationException("at most " + MAX_AREAS + " area codes per subscription");
        }
        if (tags.size() > MAX_TAGS) {
            throw new RuleViolationException("at most " + MAX_TAGS + " tags per subscription");
        }
    }

    public boolean matches(EventFacts event) {
        return (events.isEmpty() || events.contains(event.kind()))
                && (areas.isEmpty() || areas.stream().anyMatch(area -> event.buurten().stream().anyMatch(area::contains)
                || event.wholeAreas().stream().anyMatch(area::contains)))
                && (tags.isEmpty() || tags.stream().anyMatch(tag -> event.tags().stream().anyMatch(tag::covers)));
    }
}
