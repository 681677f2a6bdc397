package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a gemeente may nominate one of its own buurten for a lesson ("trying it here"), each a small rule checked
 * before typology is asked: only for a buurt of a gemeente the verifier acts for (or as steward); only for a lesson
 * that is verified per buurt (not only institutional, and of buurt scale: {@link #requireBuurtScale}); not in the
 * lesson's origin (a site of the origin says nothing about transfer, and
 * evidence would not count it); and not where the lesson already has a verification, since a lesson has at most one
 * per buurt (an open one would be duplicated; a concluded or declined one stays the record of that buurt). Pure.
 */
public final class Nomination {

    private Nomination() {
    }

    /** @throws OutOfScopeException (403) when the actor does not act for the buurt's gemeente */
    public static void requireActsFor(Actor actor, BuurtCode buurt) {
        if (!actor.mayActFor(buurt.gemeente())) {
            throw new OutOfScopeException(buurt + " lies in " + buurt.gemeente() + ", which the token of "
                    + actor.name() + " does not list: a gemeente nominates only its own buurten");
        }
    }

    /** @throws RuleViolationException (422) for a lesson only on route INSTITUTIONALISERING */
    public static void requireVerifiedPerBuurt(UUID lessonId, Collection<Route> routes) {
        if (Route.onlyInstitutional(routes)) {
            throw new RuleViolationException("lesson " + lessonId + " is only on route INSTITUTIONALISERING: it goes"
                    + " to the barrier register and is not verified in a buurt");
        }
    }

    /**
     * A lesson that only works from a wijk or gemeente up ({@link ScaleOfVerification}) is verified in a whole area,
     * never in one buurt (issue 13 item 3): a buurt of its own is no place to try it either.
     *
     * @throws RuleViolationException (422) for a lesson verified at wijk or gemeente level
     */
    public static void requireBuurtScale(UUID lessonId, TargetLevel level) {
        if (level != TargetLevel.BUURT) {
            throw new RuleViolationException("lesson " + lessonId + " works from a whole " + level.name().toLowerCase()
                    + " up (its rightscaling): it is verified in comparable " + (level == TargetLevel.WIJK ? "wijken"
                    : "gemeenten") + ", not in a single buurt");
        }
    }

    /** @throws RuleViolationException (422) for a buurt the lesson was learned in */
    public static void requireOutsideOrigin(UUID lessonId, Collection<BuurtCode> origins, BuurtCode buurt) {
        if (origins.contains(buurt)) {
            throw new RuleViolationException("lesson " + lessonId + " was learned in " + buurt
                    + ": verifying it there says nothing about whether it works elsewhere");
        }
    }

    /**
     * @param existing the status of the lesson's verification in this buurt, if it has one
     * @throws ConflictException (409) when the lesson has a verification in the buurt already
     */
    public static void requireNoneThere(UUID lessonId, BuurtCode buurt, Optional<VerificationStatus> existing) {
        existing.ifPresent(status -> {
            String advice = switch (status) {
                case SUGGESTED -> "it is suggested there already: accept the suggestion instead";
                case ACCEPTED -> "an open verification there would be duplicated";
                case DECLINED, CONCLUDED -> "its verification there is " + status
                        + ", and a lesson has one verification per buurt";
            };
            throw new ConflictException("lesson " + lessonId + " already has a verification in " + buurt + ": "
                    + advice);
        });
    }
}
