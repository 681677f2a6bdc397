package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.figure.domain.Aggregation;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.comparison.Contribution;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AreaProfilesTest {

    private static final DimensionKey PEOPLE = DimensionKey.of("AANTAL_INWONERS");
    private static final DimensionKey SIZE = DimensionKey.of("HUISHOUDENSGROOTTE");
    private static final DimensionKey URBAN = DimensionKey.of("STEDELIJKHEID");
    private static final DimensionKey HEAT = DimensionKey.of("WARMTESTRATEGIE");
    private static final double NaN = Double.NaN;

    private static final List<DimensionDefinition> DIMENSIONS = List.of(
            dimension(PEOPLE, DimensionKind.NUMERIC, List.of()),
            dimension(SIZE, DimensionKind.NUMERIC, List.of()),
            dimension(URBAN, DimensionKind.ORDINAL, List.of("1", "2", "3", "4", "5")),
            dimension(HEAT, DimensionKind.CATEGORICAL, List.of("warmtenet", "all-electric")));

    /** Three wijken in gemeente 0001, one in 0002; WK000104's only buurt has no figures on the basis. */
    private static final String[] CODES = {"BU00010101", "BU00010102", "BU00010201", "BU00010301", "BU00020101",
            "BU00010401"};
    private static final Map<DimensionKey, double[]> VALUES = Map.of(
            PEOPLE, new double[]{100, 300, 400, 400, 1000, 10},
            SIZE, new double[]{2.0, 3.0, 2.0, 3.0, 2.2, NaN},
            URBAN, new double[]{0, 4, 0, 4, 1, NaN},
            HEAT, new double[]{0, 1, 0, 1, 0, NaN});
    /** BU00010102 and BU00020101 are marked as proeftuin. */
    private static final boolean[] PROEFTUIN = {false, true, false, false, true, false};

    private static final BuurtFigures FIGURES = new BuurtFigures() {
        @Override
        public int size() {
            return CODES.length;
        }

        @Override
        public String code(int i) {
            return CODES[i];
        }

        @Override
        public double raw(DimensionKey dimension, int i) {
            return VALUES.get(dimension)[i];
        }

        @Override
        public boolean proeftuin(int i) {
            return PROEFTUIN[i];
        }
    };

    private static final List<DimensionWeight> BASIS = List.of(new DimensionWeight(SIZE, 1),
            new DimensionWeight(URBAN, 1), new DimensionWeight(HEAT, 2));

    private static DimensionDefinition dimension(DimensionKey key, DimensionKind kind, List<String> levels) {
        return new DimensionDefinition(key, key.value(), "", "", kind, Derivation.ASSIGNED, List.of(), levels, List.of());
    }

    private static final AreaProfiles WIJKEN = AreaProfiles.of(AreaLevel.WIJK, DIMENSIONS, FIGURES, PEOPLE);

    @Test
    void derivesEachWijkFromItsBuurtenWeightedByInhabitants() {
        assertEquals(5, WIJKEN.size());
        assertEquals(2, WIJKEN.buurten("WK000101"));
        List<AreaProfiles.Value> values = WIJKEN.values("WK000101", List.of(SIZE, URBAN, HEAT));
        assertEquals(2.75, (double) values.get(0).value(), 1e-12, "(100 × 2.0 + 300 × 3.0) / 400");
        assertEquals(4.0, (double) values.get(1).value(), 1e-12, "mean rank 3 on classes 1..5 is class 4");
        assertEquals("all-electric", values.get(2).value(), "300 of 400 inhabitants");
        assertNull(WIJKEN.values("WK000104", List.of(SIZE)).get(0).value());
        assertEquals(0, WIJKEN.values("WK000104", List.of(SIZE)).get(0).coverage());
    }

    /**
     * As each figure says: counts summed, a heating share weighted by dwellings (a buurt of many flats and few people
     * weighs more than by inhabitants), a household size by inhabitants.
     */
    @Test
    void eachFigureAggregatesAsItsCatalogueEntrySays() {
        DimensionKey dwellings = DimensionKey.of("WONINGEN");
        DimensionKey share = DimensionKey.of("AANDEEL_STADSVERWARMING");
        Map<DimensionKey, double[]> values = Map.of(
                PEOPLE, new double[]{100, 300},
                dwellings, new double[]{300, 100},
                share, new double[]{0.8, 0.0},
                SIZE, new double[]{2.0, 3.0});
        String[] codes = {"BU00010101", "BU00010102"};
        BuurtFigures figures = new BuurtFigures() {
            @Override
            public int size() {
                return codes.length;
            }

            @Override
            public String code(int i) {
                return codes[i];
            }

            @Override
            public double raw(DimensionKey dimension, int i) {
                return values.get(dimension)[i];
            }

            @Override
            public boolean proeftuin(int i) {
                return false;
            }
        };
        List<DimensionDefinition> dimensions = List.of(dimension(PEOPLE, DimensionKind.NUMERIC, List.of()),
                dimension(dwellings, DimensionKind.NUMERIC, List.of()), dimension(share, DimensionKind.NUMERIC, List.of()),
                dimension(SIZE, DimensionKind.NUMERIC, List.of()));
        Map<DimensionKey, Aggregation> aggregations = Map.of(PEOPLE, Aggregation.SUM, dwellings, Aggregation.SUM,
                share, Aggregation.WEIGHTED_BY_DWELLINGS, SIZE, Aggregation.WEIGHTED_BY_INHABITANTS);

        List<AreaProfiles.Value> wijk = AreaProfiles.of(AreaLevel.WIJK, dimensions, figures, PEOPLE, aggregations,
                dwellings).values("WK000101", List.of(PEOPLE, dwellings, share, SIZE));
        assertEquals(400.0, (double) wijk.get(0).value(), 1e-12, "inhabitants add up");
        assertEquals(400.0, (double) wijk.get(1).value(), 1e-12, "dwellings add up");
        assertEquals(0.6, (double) wijk.get(2).value(), 1e-12, "(300 × 0.8 + 100 × 0) / 400 dwellings");
        assertEquals(2.75, (double) wijk.get(3).value(), 1e-12, "(100 × 2 + 300 × 3) / 400 inhabitants");

        List<AreaProfiles.Value> byInhabitants = AreaProfiles.of(AreaLevel.WIJK, dimensions, figures, PEOPLE)
                .values("WK000101", List.of(PEOPLE, share));
        assertEquals(250.0, (double) byInhabitants.get(0).value(), 1e-12, "the old rule averaged a count");
        assertEquals(0.2, (double) byInhabitants.get(1).value(), 1e-12, "and weighed the share by people");
    }

    @Test
    void gemeentenAreDerivedTheSameWay() {
        AreaProfiles gemeenten = AreaProfiles.of(AreaLevel.GEMEENTE, DIMENSIONS, FIGURES, PEOPLE);
        assertEquals(2, gemeenten.size());
        assertEquals(6, gemeenten.buurten("GM0001") + gemeenten.buurten("GM0002"));
        // GM0001: (100·2 + 300·3 + 400·2 + 400·3) / 1200 (the buurt without figures holds 10 of 1210 inhabitants).
        assertEquals(3100.0 / 1200, (double) gemeenten.values("GM0001", List.of(SIZE)).get(0).value(), 1e-12);
    }

    @Test
    void ranksTheOtherWijkenByWeightedGowerMostSimilarFirst() {
        List<ComparableArea> ranked = WIJKEN.mostComparableTo("WK000102", BASIS, 10, false, false);
        // WK000102 is (2.0, class 1, warmtenet): WK000201 (2.2, class 2, warmtenet) is nearest, then WK000101
        // (2.75, class 4, all-electric), then WK000103 (3.0, class 5, all-electric).
        assertEquals(List.of("WK000201", "WK000101", "WK000103"), ranked.stream().map(ComparableArea::code).toList(),
                "WK000104 shares no dimension and is left out");
        assertEquals(HEAT, ranked.get(1).differsMostOn());
        assertNull(ranked.get(0).contributions());
    }

    @Test
    void withinGemeenteKeepsToTheWijkenOfTheSameGemeente() {
        assertEquals(List.of("WK000101", "WK000103"), WIJKEN.mostComparableTo("WK000102", BASIS, 10, true, false)
                .stream().map(ComparableArea::code).toList());
        assertEquals(1, WIJKEN.mostComparableTo("WK000102", BASIS, 1, false, false).size());
    }

    @Test
    void explainedContributionsAddUpToOneMinusSimilarity() {
        ComparableArea first = WIJKEN.mostComparableTo("WK000102", BASIS, 1, false, true).get(0);
        double sum = first.contributions().stream().mapToDouble(Contribution::contribution).sum();
        assertEquals(1 - first.similarity(), sum, 1e-12);
        assertEquals(3, first.contributions().size());
        assertEquals("warmtenet", first.contributions().stream().filter(c -> c.dimension().equals(HEAT)).findFirst()
                .orElseThrow().otherValue());
    }

    /** An area holding a proeftuin buurt may show pilot bias as a whole: each comparable area says how many. */
    @Test
    void eachComparableAreaCountsItsProeftuinBuurten() {
        Map<String, Integer> counted = new java.util.TreeMap<>();
        WIJKEN.mostComparableTo("WK000103", BASIS, 10, false, false)
                .forEach(area -> counted.put(area.code(), area.proeftuinBuurten()));
        assertEquals(Map.of("WK000101", 1, "WK000102", 0, "WK000201", 1), counted);
        assertEquals(1, WIJKEN.proeftuinBuurten("WK000101"));
        AreaProfiles gemeenten = AreaProfiles.of(AreaLevel.GEMEENTE, DIMENSIONS, FIGURES, PEOPLE);
        assertEquals(1, gemeenten.proeftuinBuurten("GM0001"));
        assertEquals(1, gemeenten.mostComparableTo("GM0001", BASIS, 10, false, true).get(0).proeftuinBuurten(),
                "an explained comparison keeps the count");
    }

    @Test
    void anAreaWithoutValuesOnTheBasisCannotBeCompared() {
        assertThrows(RuleViolationException.class, () -> WIJKEN.mostComparableTo("WK000104", BASIS, 10, false, false));
    }
}
