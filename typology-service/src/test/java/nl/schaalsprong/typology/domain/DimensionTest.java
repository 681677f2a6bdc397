package nl.schaalsprong.typology.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DimensionTest {

    private static final double EXACT = 1e-12;

    @Test
    void derivesEachDimensionFromTheCbsFigures() {
        Map<Kerncijfer, Double> values = new EnumMap<>(Kerncijfer.class);
        values.put(Kerncijfer.BEVOLKINGSDICHTHEID, 2754.0);
        values.put(Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE, 2.5);
        values.put(Kerncijfer.HUISHOUDENS_MET_KINDEREN, 135.0);
        values.put(Kerncijfer.HUISHOUDENS_TOTAAL, 325.0);
        values.put(Kerncijfer.STEDELIJKHEID, 4.0);
        values.put(Kerncijfer.INWONERS_65_OF_OUDER, 180.0);
        values.put(Kerncijfer.AANTAL_INWONERS, 815.0);
        Kerncijfers figures = Kerncijfers.of(values);

        assertEquals(Math.log(2755), Dimension.LOG_BEVOLKINGSDICHTHEID.valueOf(figures), EXACT);
        assertEquals(2.5, Dimension.GEMIDDELDE_HUISHOUDENSGROOTTE.valueOf(figures), EXACT);
        assertEquals(135.0 / 325, Dimension.AANDEEL_HUISHOUDENS_MET_KINDEREN.valueOf(figures), EXACT);
        assertEquals(4, Dimension.STEDELIJKHEID.valueOf(figures), EXACT);
        assertEquals(180.0 / 815, Dimension.AANDEEL_65_PLUS.valueOf(figures), EXACT);
    }

    @Test
    void aShareOfNothingOrOfAMissingWholeIsMissing() {
        assertTrue(Double.isNaN(Dimension.share(3, 0)));
        assertTrue(Double.isNaN(Dimension.share(3, Double.NaN)));
        assertTrue(Double.isNaN(Dimension.share(Double.NaN, 10)));
        assertTrue(Double.isNaN(Dimension.AANDEEL_65_PLUS.valueOf(Kerncijfers.none())));
        assertEquals(0, Dimension.LOG_BEVOLKINGSDICHTHEID.valueOf(
                Kerncijfers.of(Map.of(Kerncijfer.BEVOLKINGSDICHTHEID, 0.0))), EXACT);
    }

    @Test
    void figuresOutsideTheirKindAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Kerncijfers.of(Map.of(Kerncijfer.STEDELIJKHEID, 6.0)));
        assertThrows(IllegalArgumentException.class,
                () -> Kerncijfers.of(Map.of(Kerncijfer.AANTAL_INWONERS, 10.5)));
        assertThrows(IllegalArgumentException.class,
                () -> Kerncijfers.of(Map.of(Kerncijfer.HUISHOUDENS_TOTAAL, -1.0)));
    }
}
