package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * GROEI is stretching the same approach to a larger scale where it was learned: more buurten of the same gemeente,
 * the same team, the same rules. So a GROEI lesson is verified within its own gemeente first, and only then in
 * comparable buurten elsewhere (issue 13, item 3). Other routes copy or combine the approach elsewhere and have no
 * home to start from.
 */
public final class OwnGemeenteFirst {

    private OwnGemeenteFirst() {
    }

    /**
     * @param gemeente the lesson's gemeente as lessons-service sent it; may be null
     * @param origins  the buurten the lesson was learned in (at least one)
     * @return the gemeente to verify in first: the lesson's own, else its first origin's; empty unless GROEI
     */
    public static Optional<GemeenteCode> of(Collection<Route> routes, GemeenteCode gemeente, List<BuurtCode> origins) {
        if (routes == null || !routes.contains(Route.GROEI)) {
            return Optional.empty();
        }
        return Optional.ofNullable(gemeente).or(() -> origins.stream().findFirst().map(BuurtCode::gemeente));
    }
}
