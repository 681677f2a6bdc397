package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;

import java.util.Objects;
import java.util.Set;

/**
 * What one event is about, as far as filters can tell: its kind, the buurten it concerns (a verification's target; a
 * lesson's origin and the buurten it is verified in), the wijken and gemeenten it concerns as a whole (a verification
 * at wijk or gemeente scale, issue 13 item 3) and the approach tags of the lesson behind it.
 */
public record EventFacts(SubscribedEvent kind, Set<BuurtCode> buurten, Set<AreaCode> wholeAreas,
                         Set<ApproachTag> tags) {
    public EventFacts {
        Objects.requireNonNull(kind, "kind");
        buurten = Set.copyOf(buurten);
        wholeAreas = Set.copyOf(wholeAreas);
        tags = Set.copyOf(tags);
    }

    /** About buurten only. */
    public EventFacts(SubscribedEvent kind, Set<BuurtCode> buurten, Set<ApproachTag> tags) {
        this(kind, buurten, Set.of(), tags);
    }
}
