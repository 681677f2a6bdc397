package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.domain.comparison.LeftOut;
import nl.schaalsprong.typology.domain.comparison.Ranking;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;
import nl.schaalsprong.typology.figure.KwbFigures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.HUISHOUDENSGROOTTE;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.STEDELIJKHEID_KEY;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.WARMTESTRATEGIE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Honest about missing data: the case issue 10 found, a basis weighting WARMTESTRATEGIE ×3 where few buurten have
 * it. Without a floor the buurt that lacks it ranks first (similarity 1 over 40% of the weight); with the default
 * floor of 0.7 it is left out and counted, and the buurt sharing the strategy comes first.
 */
class CoverageTest {

    private static final List<DimensionWeight> HEAT = List.of(
            new DimensionWeight(STEDELIJKHEID_KEY, 1), new DimensionWeight(HUISHOUDENSGROOTTE, 1),
            new DimensionWeight(WARMTESTRATEGIE, 3));

    private final ComparabilitySnapshot snapshot = ComparabilitySnapshot.of(KwbFigures.catalogue(), List.of(
            member("BU00010001", "1", 2.0, "warmtenet-ht"),   // the asked buurt
            member("BU00010002", "1", 2.0, null),             // alike on the rest, lacks the strategy
            member("BU00010003", "2", 2.4, "warmtenet-ht"),   // shares the strategy, differs a little otherwise
            member("BU00010004", "1", 2.0, "all-electric"),   // alike on the rest, another strategy
            member("BU00010005", "5", 3.0, null),
            member("BU00010006", "1", null, null)));           // has only stedelijkheid

    @Test
    void withoutAFloorThePartialComparisonOutranksTheFullOne() {
        Ranking ranking = snapshot.mostComparableTo(code("BU00010001"), search(HEAT, 0));
        assertEquals("BU00010002", ranking.comparable().get(0).code().value(), "the issue's finding, reproduced");
        assertEquals(0.6, ranking.comparable().get(0).missingWeight(), 1e-12);
    }

    @Test
    void aBuurtSharingTheCategoricalValueOutranksOneThatLacksIt() {
        Ranking ranking = snapshot.mostComparableTo(code("BU00010001"), search(HEAT, 0.7));
        assertEquals(List.of("BU00010003", "BU00010004"), codes(ranking));
        assertEquals(new LeftOut(3, 0), ranking.leftOut(), "BU00010002, BU00010005 and BU00010006 cover 40% or less");
    }

    @Test
    void aRequiredDimensionLeavesOutEveryBuurtWithoutIt() {
        List<DimensionWeight> required = List.of(new DimensionWeight(STEDELIJKHEID_KEY, 1),
                new DimensionWeight(HUISHOUDENSGROOTTE, 1), new DimensionWeight(WARMTESTRATEGIE, 1, true));
        Ranking ranking = snapshot.mostComparableTo(code("BU00010001"), search(required, 0.3));
        assertEquals(List.of("BU00010003", "BU00010004"), codes(ranking));
        assertEquals(new LeftOut(0, 3), ranking.leftOut());
        assertEquals(List.of("BU00010003"), snapshot.among(code("BU00010001"),
                List.of(code("BU00010002"), code("BU00010003")), search(required, 0.3)).stream()
                .map(b -> b.code().value()).toList(), "among= offers only honest comparisons too");
    }

    @Test
    void aBuurtLackingRequiredDataItselfIsRefusedNamingWhatItLacks() {
        List<DimensionWeight> required = List.of(new DimensionWeight(STEDELIJKHEID_KEY, 1),
                new DimensionWeight(WARMTESTRATEGIE, 1, true));
        RuleViolationException lacking = assertThrows(RuleViolationException.class,
                () -> snapshot.mostComparableTo(code("BU00010002"), search(required, 0.3)));
        assertTrue(lacking.getMessage().contains("has no value on WARMTESTRATEGIE; the basis requires WARMTESTRATEGIE"),
                lacking.getMessage());
        RuleViolationException below = assertThrows(RuleViolationException.class,
                () -> snapshot.mostComparableTo(code("BU00010006"), search(HEAT, 0.7)));
        assertTrue(below.getMessage().contains("has no value on GEMIDDELDE_HUISHOUDENSGROOTTE, WARMTESTRATEGIE"),
                below.getMessage());
        assertTrue(below.getMessage().contains("it covers 20% of the basis' weight where 70% is needed"),
                below.getMessage());
    }

    private static Search search(List<DimensionWeight> weights, double floor) {
        return new Search(weights, 10, Scope.EVERYWHERE, false, false, floor);
    }

    private static List<String> codes(Ranking ranking) {
        return ranking.comparable().stream().map(b -> b.code().value()).toList();
    }

    private static BuurtCode code(String code) {
        return BuurtCode.of(code);
    }

    private static ComparabilitySnapshot.Member member(String code, String stedelijkheid, Double householdSize,
                                                       String strategy) {
        Map<DimensionKey, AttributeValue> figures = new HashMap<>();
        figures.put(STEDELIJKHEID_KEY, AttributeValue.level(stedelijkheid));
        if (householdSize != null) {
            figures.put(HUISHOUDENSGROOTTE, AttributeValue.number(householdSize));
        }
        Map<DimensionKey, AttributeValue> attributes = strategy == null ? Map.of()
                : Map.of(StandardDimensions.WARMTESTRATEGIE, AttributeValue.level(strategy));
        return new ComparabilitySnapshot.Member(BuurtCode.of(code), "Naam " + code, "Gemeente", figures, attributes);
    }
}
