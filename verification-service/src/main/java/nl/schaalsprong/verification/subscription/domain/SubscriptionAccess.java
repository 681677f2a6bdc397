package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.verification.domain.Actor;

/**
 * Who may subscribe to what, and see and manage which subscriptions: a steward (the programme, a KLP system) any;
 * a gemeente's verifier only subscriptions narrowed to areas of the gemeenten its token lists, so it never receives
 * events about other gemeenten' buurten. Such subscriptions are shared by the gemeente's verifiers.
 */
public final class SubscriptionAccess {

    private SubscriptionAccess() {
    }

    public static boolean maySee(Actor actor, EventFilter filter) {
        return actor.steward() || (!filter.areas().isEmpty()
                && filter.areas().stream().allMatch(area -> actor.gemeenten().contains(area.gemeente())));
    }

    /** @throws OutOfScopeException (403) naming what the verifier may not subscribe to */
    public static void requireMaySubscribe(Actor actor, EventFilter filter) {
        if (actor.steward()) {
            return;
        }
        if (filter.areas().isEmpty()) {
            throw new OutOfScopeException("a verifier subscribes to areas of its own gemeenten: list them in "
                    + "filter.areaCodes (gemeente, wijk or buurt codes)");
        }
        filter.areas().stream().filter(area -> !actor.gemeenten().contains(area.gemeente())).findFirst()
                .ifPresent(area -> {
                    throw new OutOfScopeException("area " + area + " lies in " + area.gemeente()
                            + ", which your token does not list among its gemeenten");
                });
    }
}
