package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AreaTypeTest {

    static final UUID TYPOLOGY = UUID.fromString("5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c");
    static final TypeOfBuurt ONE = new TypeOfBuurt(TYPOLOGY, 1, "Type 1");
    static final TypeOfBuurt TWO = new TypeOfBuurt(TYPOLOGY, 2, "Type 2");

    @Test
    void theTypeMostInhabitantsLiveInWinsNotTheTypeOfMostBuurten() {
        // Three small buurten of type 1, one large of type 2: the wijk's people mostly live in type 2.
        AreaType type = AreaType.dominant(List.of(ONE, ONE, ONE, TWO), new double[] {100, 100, 100, 700}).orElseThrow();

        assertEquals(TWO, type.type());
        assertEquals(0.7, type.share(), 1e-9);
    }

    @Test
    void untypedBuurtenAndUnknownInhabitantsDoNotCount() {
        AreaType type = AreaType.dominant(Arrays.asList(ONE, null, TWO, TWO),
                new double[] {300, 5_000, Double.NaN, 100}).orElseThrow();

        assertEquals(ONE, type.type(), "the untyped buurt's 5,000 and the NaN are left out");
        assertEquals(0.75, type.share(), 1e-9);
    }

    @Test
    void equalWeightGoesToTheLowerTypeNumber() {
        assertEquals(ONE, AreaType.dominant(List.of(TWO, ONE), new double[] {400, 400}).orElseThrow().type());
    }

    @Test
    void anAreaWithoutTypedInhabitedBuurtenHasNoType() {
        assertEquals(Optional.empty(), AreaType.dominant(Arrays.asList(null, ONE), new double[] {100, 0}));
        assertEquals(Optional.empty(), AreaType.dominant(List.of(), new double[0]));
    }

    @Test
    void typesAndInhabitantsMustPair() {
        assertThrows(IllegalArgumentException.class, () -> AreaType.dominant(List.of(ONE), new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new AreaType(ONE, 0));
    }
}
