package nl.schaalsprong.verification.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Why a buurt is held comparable, as a gemeente reads it on its suggestions. */
class WhyComparableTest {

    private static Map<String, DimensionDifference> comparison() {
        Map<String, DimensionDifference> comparison = new LinkedHashMap<>();
        comparison.put("STEDELIJKHEID", new DimensionDifference(0.25, 0.05));
        comparison.put("AANDEEL_65_PLUS", new DimensionDifference(null, 0));
        comparison.put("LOG_BEVOLKINGSDICHTHEID", new DimensionDifference(0.05, 0.01));
        comparison.put("AANDEEL_HUURWONINGEN", new DimensionDifference(0.6, 0.12));
        comparison.put("GEMIDDELDE_HUISHOUDENSGROOTTE", new DimensionDifference(0.0, 0));
        return comparison;
    }

    @Test
    void aSuggestionSaysHowSimilarWhereItDiffersMostAndWhereItIsAlike() {
        WhyComparable why = WhyComparable.of(0.93, comparison(), false);
        assertEquals(List.of("AANDEEL_HUURWONINGEN", "STEDELIJKHEID"), why.differsMostOn(),
                "a dimension alike on (distance 0.05) is not also among those it differs most on");
        assertEquals(List.of("GEMIDDELDE_HUISHOUDENSGROOTTE", "LOG_BEVOLKINGSDICHTHEID"), why.alikeOn(),
                "a missing distance is not 'alike'");
        assertEquals("Voorgesteld omdat het voor 93% op de herkomst lijkt; verschilt het meest in AANDEEL_HUURWONINGEN,"
                + " STEDELIJKHEID; vrijwel gelijk in GEMIDDELDE_HUISHOUDENSGROOTTE,"
                + " LOG_BEVOLKINGSDICHTHEID.", why.summary());
    }

    @Test
    void aNominationSaysTheGemeenteChoseIt() {
        assertEquals("Door de gemeente zelf gekozen; lijkt voor 80% op de herkomst; typology gaf geen verschillen per"
                + " dimensie.", WhyComparable.of(0.8, Map.of(), true).summary());
    }
}
