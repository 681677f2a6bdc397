package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;

import java.util.Objects;
import java.util.Set;

/**
 * What one event is about, as far as filters can tell: its kind, the buurten it concerns (a verification's target; a
 * lesson's origin and the buurten it is verified in) and the approach tags of the lesson behind it.
 */
public record EventFacts(SubscribedEvent kind, Set<BuurtCode> buurten, Set<ApproachTag> tags) {
    public EventFacts {
        Objects.requireNonNull(kind, "kind");
        buurten = Set.copyOf(buurten);
        tags = Set.copyOf(tags);
    }
}
