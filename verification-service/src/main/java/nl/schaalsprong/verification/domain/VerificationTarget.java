package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.cbs.WijkCode;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Optional;

/**
 * Where a verification takes place: a buurt, wijk or gemeente, by its CBS code. The code must be one of its level
 * ({@code BU…} for a buurt, {@code WK…} for a wijk, {@code GM…} for a gemeente), and the gemeente it lies in (a
 * gemeente: itself) is derived from the code, never trusted from elsewhere.
 */
public record VerificationTarget(TargetLevel level, String code) implements Comparable<VerificationTarget> {

    public VerificationTarget {
        if (level == null) {
            throw new RuleViolationException("a verification target needs a level");
        }
        try {
            switch (level) {
                case BUURT -> new BuurtCode(code);
                case WIJK -> new WijkCode(code);
                case GEMEENTE -> new GemeenteCode(code);
            }
        } catch (InvalidCodeException wrong) {
            throw new RuleViolationException("a " + level + " target needs a " + level.name().toLowerCase()
                    + " code: " + wrong.getMessage());
        }
    }

    public static VerificationTarget of(BuurtCode buurt) {
        return new VerificationTarget(TargetLevel.BUURT, buurt.value());
    }

    /** The gemeente the target lies in; a gemeente target's gemeente is itself. */
    public GemeenteCode gemeente() {
        return new GemeenteCode("GM" + code.substring(2, 6));
    }

    /** The buurt, for a buurt-level target; empty for a wijk or gemeente. */
    public Optional<BuurtCode> buurt() {
        return level == TargetLevel.BUURT ? Optional.of(new BuurtCode(code)) : Optional.empty();
    }

    /** Whether the area lies in {@code gemeente} (or is it). */
    public boolean liesIn(GemeenteCode gemeente) {
        return gemeente().equals(gemeente);
    }

    @Override
    public int compareTo(VerificationTarget other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
