package nl.schaalsprong.typology.domain.comparison;

import nl.schaalsprong.typology.domain.ComparableBuurt;

import java.util.List;
import java.util.Objects;

/** What a comparable search answers: the buurten offered, best first, and those it left out, by reason. */
public record Ranking(List<ComparableBuurt> comparable, LeftOut leftOut) {

    public Ranking {
        comparable = List.copyOf(comparable);
        Objects.requireNonNull(leftOut, "leftOut");
    }
}
