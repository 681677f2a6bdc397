package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.domain.comparison.ColumnScale;
import nl.schaalsprong.typology.domain.comparison.Contribution;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Five buurten with figures for only two dimensions, computed by hand:
 * household size 2, 2, 3, (missing), 2 -> sorted [2,2,2,3]; p2 at position 0.06 = 2, p98 at position 2.94 =
 * 2.94, so scaled A 0, B 0, C 1 (clipped), D missing, E 0. Stedelijkheid 1,2,1,5,2 over fixed 1..5 -> 0, .25,
 * 0, 1, .25.
 */
class ComparabilitySnapshotTest {

    private static final double EXACT = 1e-12;

    private static final DimensionCatalogue CATALOGUE = nl.schaalsprong.typology.figure.KwbFigures.catalogue();
    /** The two dimensions the members have figures for, equally weighted. */
    private static final List<DimensionWeight> TWO = List.of(
            new DimensionWeight(StandardDimensions.HUISHOUDENSGROOTTE, 1),
            new DimensionWeight(StandardDimensions.STEDELIJKHEID_KEY, 1));

    private final ComparabilitySnapshot snapshot = ComparabilitySnapshot.of(CATALOGUE, List.of(
            // deliberately not in code order: the snapshot sorts
            member("BU00000005", 2, 2.0),
            member("BU00000003", 1, 3.0),
            member("BU00000001", 1, 2.0),
            member("BU00000004", 5, null),
            member("BU00000002", 2, 2.0)));

    @Test
    void scalesNumericDimensionsBetweenTheRobustPercentiles() {
        ColumnScale household = snapshot.scale(StandardDimensions.HUISHOUDENSGROOTTE);
        assertEquals(2.0, household.range().low(), EXACT);
        assertEquals(2.94, household.range().high(), EXACT);
        assertEquals(ColumnScale.ordinal(5), snapshot.scale(StandardDimensions.STEDELIJKHEID_KEY));
    }

    @Test
    void ranksBySimilarityThenByCode() {
        List<ComparableBuurt> ranked = snapshot.mostComparableTo(BuurtCode.of("BU00000001"), search(10)).comparable();

        assertEquals(List.of("BU00000002", "BU00000005", "BU00000003", "BU00000004"),
                ranked.stream().map(b -> b.code().value()).toList());
        // B and E: household 0 vs 0, stedelijkheid 0 vs .25 -> 1 - .125
        assertEquals(0.875, ranked.get(0).similarity(), EXACT);
        assertEquals(0.875, ranked.get(1).similarity(), EXACT);
        // C: household 0 vs 1, stedelijkheid 0 vs 0 -> 1 - .5
        assertEquals(0.5, ranked.get(2).similarity(), EXACT);
        // D: household missing, so stedelijkheid alone: 0 vs 1 -> 0
        assertEquals(0.0, ranked.get(3).similarity(), EXACT);
        assertEquals(2, ranked.get(0).comparedDimensions());
        assertEquals(1, ranked.get(3).comparedDimensions());
        assertEquals(0, ranked.get(0).missingWeight(), EXACT);
        assertEquals(0.5, ranked.get(3).missingWeight(), EXACT);
        assertEquals("Naam BU00000002", ranked.get(0).naam());
        assertEquals("Gemeente", ranked.get(0).gemeenteNaam());
    }

    @Test
    void theLimitKeepsTheBest() {
        List<ComparableBuurt> top2 = snapshot.mostComparableTo(BuurtCode.of("BU00000001"), search(2)).comparable();
        assertEquals(List.of("BU00000002", "BU00000005"), top2.stream().map(b -> b.code().value()).toList());
        List<ComparableBuurt> fromD = snapshot.mostComparableTo(BuurtCode.of("BU00000004"), search(1)).comparable();
        // D (stedelijkheid 1.0 scaled) is closest to B and E (.25 away -> .25), tie broken by code
        assertEquals("BU00000002", fromD.get(0).code().value());
        assertEquals(0.25, fromD.get(0).similarity(), EXACT);
    }

    @Test
    void aBuurtIsNeverComparedWithItself() {
        assertTrue(snapshot.mostComparableTo(BuurtCode.of("BU00000003"), search(100)).comparable().stream()
                .noneMatch(b -> b.code().value().equals("BU00000003")));
    }

    @Test
    void anUnknownBuurtIsNotFound() {
        assertThrows(NotFoundException.class, () -> snapshot.mostComparableTo(BuurtCode.of("BU99999999"), search(3)));
        assertThrows(NotFoundException.class,
                () -> ComparabilitySnapshot.empty(CATALOGUE).mostComparableTo(BuurtCode.of("BU00000001"), search(3)));
    }

    @Test
    void aBuurtMayOccurOnlyOnce() {
        assertThrows(IllegalArgumentException.class, () -> ComparabilitySnapshot.of(CATALOGUE, List.of(
                member("BU00000001", 1, 2.0), member("BU00000001", 2, 2.0))));
    }

    private static ComparabilitySnapshot.Member member(String code, int stedelijkheid, Double householdSize) {
        return member(code, stedelijkheid, householdSize, Map.of());
    }

    private static ComparabilitySnapshot.Member member(String code, int stedelijkheid, Double householdSize,
                                                       Map<DimensionKey, AttributeValue> attributes) {
        Map<DimensionKey, AttributeValue> figures = new java.util.HashMap<>();
        figures.put(StandardDimensions.STEDELIJKHEID_KEY, AttributeValue.level(Integer.toString(stedelijkheid)));
        if (householdSize != null) {
            figures.put(StandardDimensions.HUISHOUDENSGROOTTE, AttributeValue.number(householdSize));
        }
        return new ComparabilitySnapshot.Member(BuurtCode.of(code), "Naam " + code, "Gemeente", figures, attributes);
    }

    private static Search search(int limit) {
        return new Search(TWO, limit, Scope.EVERYWHERE, false);
    }

    @Test
    void explainsWhereTwoBuurtenDifferMost() {
        // A vs C: household 0 vs 1 (distance 1), stedelijkheid 1 vs 1 (0): contributions .5 and 0, summing to 1 - .5
        ComparableBuurt pair = snapshot.compare(BuurtCode.of("BU00000001"), BuurtCode.of("BU00000003"), TWO);
        assertEquals(0.5, pair.similarity(), EXACT);
        Contribution first = pair.contributions().get(0);
        assertEquals(StandardDimensions.HUISHOUDENSGROOTTE, first.dimension());
        assertEquals(0.5, first.weight(), EXACT);
        assertEquals(1.0, first.distance(), EXACT);
        assertEquals(0.5, first.contribution(), EXACT);
        assertEquals(2.0, first.value());
        assertEquals(3.0, first.otherValue());
        Contribution second = pair.contributions().get(1);
        assertEquals(0, second.contribution(), EXACT);
        assertEquals("1", second.value(), "ordinal values are shown as their level");
    }

    @Test
    void scopeAndPilotsNarrowTheSearch() {
        ComparabilitySnapshot withPilot = ComparabilitySnapshot.of(CATALOGUE, List.of(
                member("BU00010001", 1, 2.0),
                new ComparabilitySnapshot.Member(BuurtCode.of("BU00010002"), "Proeftuin", "Gemeente",
                        Map.of(StandardDimensions.STEDELIJKHEID_KEY, AttributeValue.level("1"),
                                StandardDimensions.HUISHOUDENSGROOTTE, AttributeValue.number(2.0)),
                        Map.of(StandardDimensions.PROEFTUIN_STATUS, AttributeValue.level("ja"))),
                member("BU00010101", 2, 2.0),
                member("BU00020001", 1, 2.0)));
        BuurtCode origin = BuurtCode.of("BU00010001");
        assertEquals(List.of("BU00010002", "BU00020001", "BU00010101"),
                codes(withPilot.mostComparableTo(origin, new Search(TWO, 10, Scope.EVERYWHERE, false)).comparable()));
        assertEquals(List.of("BU00020001", "BU00010101"),
                codes(withPilot.mostComparableTo(origin, new Search(TWO, 10, Scope.EVERYWHERE, true)).comparable()));
        assertEquals(List.of("BU00010002", "BU00010101"),
                codes(withPilot.mostComparableTo(origin, new Search(TWO, 10, Scope.GEMEENTE, false)).comparable()));
        assertEquals(List.of("BU00010002"),
                codes(withPilot.mostComparableTo(origin, new Search(TWO, 10, Scope.WIJK, false)).comparable()));
    }

    /**
     * The search filters in float and ranks the survivors in double; this checks it against the pairwise definition
     * ({@link ComparabilitySnapshot#compare}, which is {@code Gower.compare}) to the last bit, on a population of
     * several scan blocks with ties, gaps in a numeric column, a categorical dimension (with gaps too), proeftuinen
     * and several gemeenten and wijken; for every scope, with and without proeftuinen, and with and without
     * explanations: the short form of a result must say what the explained one says.
     */
    @Test
    void theSearchRanksExactlyAsThePairwiseDefinition() {
        java.util.Random random = new java.util.Random(7);
        List<String> strategies = List.of("warmtenet-ht", "warmtenet-mt", "all-electric", "hybride");
        List<ComparabilitySnapshot.Member> members = new java.util.ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            Double household = random.nextInt(10) == 0 ? null : 1.5 + random.nextInt(8) * 0.25;
            Map<DimensionKey, AttributeValue> attributes = new java.util.HashMap<>();
            if (random.nextInt(5) > 0) {
                attributes.put(StandardDimensions.WARMTESTRATEGIE,
                        AttributeValue.level(strategies.get(random.nextInt(strategies.size()))));
            }
            if (random.nextInt(20) == 0) {
                attributes.put(StandardDimensions.PROEFTUIN_STATUS, AttributeValue.level(StandardDimensions.IS_PROEFTUIN));
            }
            // 3 gemeenten of 5 wijken each (i mod 15 fixes both), so a wijk holds 100 buurten and a gemeente 500
            String code = String.format("BU%04d%02d%02d", 1 + i % 3, i % 5, i / 15 % 100);
            members.add(member(code, 1 + random.nextInt(5), household, attributes));
        }
        ComparabilitySnapshot population = ComparabilitySnapshot.of(CATALOGUE, members);
        List<DimensionWeight> basis = List.of(
                new DimensionWeight(StandardDimensions.HUISHOUDENSGROOTTE, 3),
                new DimensionWeight(StandardDimensions.STEDELIJKHEID_KEY, 1),
                new DimensionWeight(StandardDimensions.WARMTESTRATEGIE, 2));
        List<BuurtCode> all = members.stream().map(ComparabilitySnapshot.Member::code).sorted().toList();
        for (BuurtCode code : List.of(all.get(0), all.get(17), all.get(700), all.get(all.size() - 1))) {
            for (Scope scope : Scope.values()) {
                for (boolean withoutPilots : new boolean[]{false, true}) {
                    List<ComparableBuurt> expected = all.stream()
                            .filter(other -> !other.equals(code) && scope.includes(code, other))
                            .map(other -> population.compare(code, other, basis))
                            .filter(pair -> !Double.isNaN(pair.similarity()) && !(withoutPilots && pair.proeftuin()))
                            .sorted(java.util.Comparator.comparingDouble(ComparableBuurt::similarity).reversed()
                                    .thenComparing(ComparableBuurt::code))
                            .limit(25)
                            .toList();
                    String search = "from " + code + " " + scope + (withoutPilots ? " without pilots" : "");
                    assertTrue(expected.size() > 5, search + " should rank several buurten");
                    List<ComparableBuurt> explained = population.mostComparableTo(code,
                            new Search(basis, 25, scope, withoutPilots, true)).comparable();
                    assertEquals(expected, explained, search);
                    List<ComparableBuurt> brief = population.mostComparableTo(code,
                            new Search(basis, 25, scope, withoutPilots, false)).comparable();
                    assertEquals(expected.stream().map(ComparabilitySnapshotTest::withoutContributions).toList(),
                            brief, search + ", without explanations");
                }
            }
        }
    }

    private static ComparableBuurt withoutContributions(ComparableBuurt b) {
        return new ComparableBuurt(b.code(), b.naam(), b.gemeenteNaam(), b.similarity(), b.comparedDimensions(),
                b.missingWeight(), b.differsMostOn(), b.proeftuin(), null);
    }

    @Test
    void resultsSayWhetherTheyAreProeftuinAndWhereTheyDifferMost() {
        ComparabilitySnapshot withPilot = ComparabilitySnapshot.of(CATALOGUE, List.of(
                member("BU00010001", 1, 2.0),
                member("BU00010002", 1, 2.0, Map.of(StandardDimensions.PROEFTUIN_STATUS, AttributeValue.level("ja"))),
                member("BU00010003", 2, 2.0, Map.of(StandardDimensions.PROEFTUIN_STATUS, AttributeValue.level("nee"))),
                member("BU00010004", 3, 2.5)));
        List<ComparableBuurt> ranked = withPilot.mostComparableTo(BuurtCode.of("BU00010001"), search(10)).comparable();
        assertEquals(List.of(true, false, false), ranked.stream().map(ComparableBuurt::proeftuin).toList());
        assertEquals(null, ranked.get(0).differsMostOn(), "alike on all: differs on nothing");
        assertEquals(StandardDimensions.STEDELIJKHEID_KEY, ranked.get(1).differsMostOn());
        assertEquals(null, ranked.get(1).contributions(), "contributions only when asked");
        assertEquals(2, withPilot.mostComparableTo(BuurtCode.of("BU00010001"),
                new Search(TWO, 10, Scope.EVERYWHERE, false, true)).comparable().get(1).contributions().size());
    }

    private static List<String> codes(List<ComparableBuurt> ranked) {
        return ranked.stream().map(b -> b.code().value()).toList();
    }
}
