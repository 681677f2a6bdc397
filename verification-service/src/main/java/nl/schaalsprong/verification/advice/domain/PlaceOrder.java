package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * In which order the advice lists where a component was tried: counter-evidence first when it failed in a buurt of
 * the area's type, then what was confirmed there, then the other types, then the buurten that declined. One
 * definition, used twice: the database picks each component's first places by {@link #sqlKinds} and the advice sorts
 * them by {@link #rank}.
 */
public final class PlaceOrder {

    /** A place's kind, in the order shown: its index is its rank. */
    private static final List<Kind> ORDER = List.of(
            new Kind(Outcome.NOT_CONFIRMED, true),
            new Kind(Outcome.CONFIRMED, true),
            new Kind(Outcome.INCONCLUSIVE, true),
            new Kind(Outcome.CONFIRMED, false),
            new Kind(Outcome.NOT_CONFIRMED, false),
            new Kind(Outcome.INCONCLUSIVE, false),
            new Kind(null, true),
            new Kind(null, false));

    private PlaceOrder() {
    }

    /** {@code outcome} null: declined. */
    private record Kind(Outcome outcome, boolean inAreaType) {
    }

    /** The rank of a concluded (outcome given) or declined (outcome null) verification; lower comes first. */
    public static int rank(Outcome outcome, boolean inAreaType) {
        return ORDER.indexOf(new Kind(outcome, inAreaType));
    }

    /** How the places read model ({@code advice_place.kind}) names a place's kind: its outcome, or DECLINED. */
    public static final String DECLINED = "DECLINED";

    /**
     * The same ranks for the database, as SQL {@code values} rows {@code ('<kind>', <rank>)} of the kinds in the
     * area's type or of those outside it: the database takes each kind's first places and ranks them by these.
     */
    public static String sqlKinds(boolean inAreaType) {
        List<String> rows = new ArrayList<>();
        for (int rank = 0; rank < ORDER.size(); rank++) {
            Kind kind = ORDER.get(rank);
            if (kind.inAreaType() == inAreaType) {
                rows.add("('" + (kind.outcome() == null ? DECLINED : kind.outcome().name()) + "', " + rank + ")");
            }
        }
        return String.join(", ", rows);
    }
}
