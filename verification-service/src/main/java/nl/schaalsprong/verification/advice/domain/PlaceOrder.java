package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * In which order the advice lists where a component was tried: counter-evidence first when it failed in a buurt of
 * the area's type, then what was confirmed there, then the other types, then the buurten that declined. One
 * definition, used twice: the database picks each component's first places by {@link #sqlRank} and the advice sorts
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

    /**
     * The same rank as a SQL expression over {@code outcomeColumn} (null when declined) and a boolean SQL expression
     * saying whether the place lies in the area's type.
     */
    public static String sqlRank(String outcomeColumn, String inAreaType) {
        List<String> cases = new ArrayList<>();
        for (int rank = 0; rank < ORDER.size(); rank++) {
            Kind kind = ORDER.get(rank);
            String outcome = kind.outcome() == null ? outcomeColumn + " is null"
                    : outcomeColumn + " = '" + kind.outcome().name() + "'";
            cases.add("when " + outcome + " and " + (kind.inAreaType() ? "" : "not ") + "(" + inAreaType + ") then "
                    + rank);
        }
        return "case " + String.join(" ", cases) + " else " + ORDER.size() + " end";
    }
}
