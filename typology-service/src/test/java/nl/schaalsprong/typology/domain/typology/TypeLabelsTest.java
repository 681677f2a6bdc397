package nl.schaalsprong.typology.domain.typology;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeLabelsTest {

    private static DimensionProfile profile(String label, double difference) {
        return new DimensionProfile(label.toUpperCase(), label, 0.5 + difference, 0.5, difference,
                difference >= 0.25 ? "veel hoger dan gemiddeld" : difference >= 0.10 ? "hoger dan gemiddeld"
                        : difference <= -0.25 ? "veel lager dan gemiddeld" : difference <= -0.10
                        ? "lager dan gemiddeld" : "rond het gemiddelde", null);
    }

    private static PenPortrait portrait(DimensionProfile... profiles) {
        return new PenPortrait(10, List.of(profiles), List.of());
    }

    private static Set<String> descriptions(List<String> labels) {
        return labels.stream().map(label -> label.substring(label.indexOf(": ") + 2)).collect(Collectors.toSet());
    }

    @Test
    void namesATypeByItsTwoMostDistinctNotableDimensions() {
        List<String> labels = TypeLabels.of(List.of(
                portrait(profile("dichtheid", 0.3), profile("kinderen", -0.05), profile("ouderen", -0.12)),
                portrait(profile("dichtheid", 0.02), profile("kinderen", 0.01), profile("ouderen", -0.03))),
                List.of("BU00000001", "BU00000002"));
        assertEquals(List.of("Type 1: dichtheid veel hoger dan gemiddeld, ouderen lager dan gemiddeld",
                "Type 2: rond het landelijk gemiddelde"), labels);
    }

    @Test
    void twoTypesThatWouldShareALabelEachTakeTheirNextMostDistinctDimension() {
        // Types 1 and 2 both read "dichtheid veel hoger, ouderen veel lager"; they differ on kinderen. Type 3 is
        // unlike them and keeps its short label.
        List<String> labels = TypeLabels.of(List.of(
                portrait(profile("dichtheid", 0.40), profile("ouderen", -0.30), profile("kinderen", 0.15)),
                portrait(profile("dichtheid", 0.35), profile("ouderen", -0.28), profile("kinderen", -0.20)),
                portrait(profile("dichtheid", -0.40), profile("ouderen", 0.30), profile("kinderen", 0.0))),
                List.of("BU00000001", "BU00000002", "BU00000003"));
        assertEquals(List.of(
                "Type 1: dichtheid veel hoger dan gemiddeld, ouderen veel lager dan gemiddeld, kinderen hoger dan gemiddeld",
                "Type 2: dichtheid veel hoger dan gemiddeld, ouderen veel lager dan gemiddeld, kinderen lager dan gemiddeld",
                "Type 3: dichtheid veel lager dan gemiddeld, ouderen veel hoger dan gemiddeld"), labels);
    }

    @Test
    void typesAlikeInEveryWordAreToldApartByTheirMostTypicalBuurt() {
        List<String> labels = TypeLabels.of(List.of(
                portrait(profile("dichtheid", 0.02), profile("ouderen", 0.01)),
                portrait(profile("dichtheid", 0.03), profile("ouderen", -0.01)),
                portrait(profile("dichtheid", 0.30), profile("ouderen", 0.01))),
                List.of("BU00000001", "BU00000002", "BU00000003"));
        assertEquals(3, descriptions(labels).size(), labels.toString());
        assertEquals("Type 1: dichtheid rond het gemiddelde, ouderen rond het gemiddelde, zoals buurt BU00000001",
                labels.get(0));
        assertEquals("Type 3: dichtheid veel hoger dan gemiddeld", labels.get(2));
    }

    @Test
    void noTwoTypesShareALabelWhateverTheirPortraits() {
        // Twelve types drawn on three dimensions with coarse differences: many collide at two dimensions.
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        List<PenPortrait> portraits = java.util.stream.IntStream.range(0, 12).mapToObj(t -> portrait(
                profile("a", (random.nextInt(5) - 2) * 0.15), profile("b", (random.nextInt(5) - 2) * 0.15),
                profile("c", (random.nextInt(5) - 2) * 0.15))).toList();
        List<String> medoids = java.util.stream.IntStream.range(0, 12).mapToObj(t -> String.format("BU%08d", t))
                .toList();
        assertEquals(12, descriptions(TypeLabels.of(portraits, medoids)).size());
    }
}
