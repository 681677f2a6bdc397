package nl.schaalsprong.verification.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A barrier in lessons-service's register that a lesson leans on (LessonTagged v1's {@code barriers}): the rule its
 * barrier section named, or the rule it leaned on an exemption from. The status is as it stood when the lesson was
 * last tagged.
 *
 * @param ruleNamed the rule as the register names it, e.g. "Warmtewet art. 2"
 */
public record LessonBarrier(UUID barrierId, String ruleNamed, Level level, Status status) {

    public LessonBarrier {
        Objects.requireNonNull(barrierId, "barrierId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(status, "status");
        ruleNamed = ruleNamed == null ? "" : ruleNamed.strip();
    }

    /** The level of government that owns the rule. */
    public enum Level {
        EU,
        RIJK,
        PROVINCIE,
        WATERSCHAP,
        GEMEENTE
    }

    /** Where the barrier is on the policy track: signalled, on the agenda, resolved. */
    public enum Status {
        GESIGNALEERD,
        GEAGENDEERD,
        OPGELOST
    }
}
