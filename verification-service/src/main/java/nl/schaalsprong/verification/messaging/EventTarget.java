package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.Verification;

/**
 * The {@code target} of the v2 verification events: the level and code of the area a lesson is verified in (a buurt,
 * or a whole wijk or gemeente for a lesson of that scale). v1 named only a buurt, so it could not carry these.
 */
public record EventTarget(TargetLevel level, String code) {

    static EventTarget of(Verification v) {
        return new EventTarget(v.targetLevel, v.targetAreaCode);
    }
}
