package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Locale;
import java.util.Objects;

/**
 * Which barrier a rule is: the rule as named, with its level of government. Two lessons that cite
 * "Warmtewet  art. 2" and "warmtewet art. 2" at RIJK run into one barrier, so the rule is compared with its spaces
 * collapsed and its case ignored; {@link #rule()} keeps the spelling it was first named in.
 */
public record BarrierKey(GovernmentLevel level, String rule) {

    public static final int MAX_RULE = 500;

    public BarrierKey {
        if (level == null) {
            throw new RuleViolationException("a barrier's rule needs the level of government that owns it");
        }
        rule = rule == null ? "" : rule.strip().replaceAll("\\s+", " ");
        if (rule.isEmpty()) {
            throw new RuleViolationException("a barrier's rule must be named");
        }
        if (rule.length() > MAX_RULE) {
            throw new RuleViolationException("a barrier's rule is at most " + MAX_RULE + " characters");
        }
    }

    public static BarrierKey of(ExemptionSection exemption) {
        return new BarrierKey(exemption.level(), exemption.rule());
    }

    public static BarrierKey of(BarrierSection section) {
        return new BarrierKey(section.level(), section.rule());
    }

    /** What two spellings of the same rule have in common: lower case, single spaces. */
    public String matchText() {
        return rule.toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BarrierKey key && key.level == level && key.matchText().equals(matchText());
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, matchText());
    }
}
