package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.CbsVariable;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.AANDEEL_65_PLUS;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.AANDEEL_MET_KINDEREN;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.HUISHOUDENSGROOTTE;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.LOG_BEVOLKINGSDICHTHEID;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.PARTICIPATIE_AANPAK;
import static nl.schaalsprong.typology.domain.catalogue.StandardDimensions.STEDELIJKHEID_KEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DimensionCatalogueTest {

    private static final double EXACT = 1e-12;
    private final DimensionCatalogue catalogue = StandardDimensions.catalogue(Map.of("MateVanStedelijkheid",
            new CbsVariable("MateVanStedelijkheid", "Mate van stedelijkheid", "code", "Op grond van  de dichtheid")));

    @Test
    void derivesEachComparisonDimensionFromTheCbsFigures() {
        Map<Kerncijfer, Double> values = new EnumMap<>(Kerncijfer.class);
        values.put(Kerncijfer.BEVOLKINGSDICHTHEID, 2754.0);
        values.put(Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE, 2.5);
        values.put(Kerncijfer.HUISHOUDENS_MET_KINDEREN, 135.0);
        values.put(Kerncijfer.HUISHOUDENS_TOTAAL, 325.0);
        values.put(Kerncijfer.STEDELIJKHEID, 4.0);
        values.put(Kerncijfer.INWONERS_65_OF_OUDER, 180.0);
        values.put(Kerncijfer.AANTAL_INWONERS, 815.0);
        Kerncijfers figures = Kerncijfers.of(values);

        assertEquals(Math.log(2755), value(LOG_BEVOLKINGSDICHTHEID, figures), EXACT);
        assertEquals(2.5, value(HUISHOUDENSGROOTTE, figures), EXACT);
        assertEquals(135.0 / 325, value(AANDEEL_MET_KINDEREN, figures), EXACT);
        assertEquals(3, value(STEDELIJKHEID_KEY, figures), EXACT, "stedelijkheid 4 is the 4th level, index 3");
        assertEquals(180.0 / 815, value(AANDEEL_65_PLUS, figures), EXACT);
        assertEquals(815, value(DimensionKey.of("AANTAL_INWONERS"), figures), EXACT);
    }

    @Test
    void aShareOfNothingOrOfAMissingWholeIsMissing() {
        assertTrue(Double.isNaN(value(AANDEEL_65_PLUS, Kerncijfers.none())));
        assertTrue(Double.isNaN(value(AANDEEL_MET_KINDEREN, Kerncijfers.of(Map.of(
                Kerncijfer.HUISHOUDENS_MET_KINDEREN, 3.0, Kerncijfer.HUISHOUDENS_TOTAAL, 0.0)))));
        assertEquals(0, value(LOG_BEVOLKINGSDICHTHEID, Kerncijfers.of(Map.of(Kerncijfer.BEVOLKINGSDICHTHEID, 0.0))),
                EXACT);
    }

    @Test
    void cbsFiguresTakeTitleUnitAndDescriptionFromCbs() {
        var stedelijkheid = catalogue.require(STEDELIJKHEID_KEY);
        assertEquals("Mate van stedelijkheid", stedelijkheid.title());
        assertEquals("code", stedelijkheid.unit());
        assertEquals("Op grond van de dichtheid", stedelijkheid.description(), "CBS's padding is collapsed");
        assertEquals("MateVanStedelijkheid", CbsVariable.stemOf("MateVanStedelijkheid_127"));
        assertEquals("k_65JaarOfOuder", CbsVariable.stemOf("k_65JaarOfOuder_12"));
    }

    @Test
    void assignedValuesAreCheckedAgainstTheLevels() {
        var aanpak = catalogue.require(PARTICIPATIE_AANPAK);
        assertEquals(AttributeValue.level("keukentafelgesprekken"), aanpak.parse(" keukentafelgesprekken "));
        assertEquals(1, aanpak.rawValue(Kerncijfers.none(), Map.of(PARTICIPATIE_AANPAK,
                AttributeValue.level("bewonersavonden"))), EXACT);
        assertThrows(RuleViolationException.class, () -> aanpak.parse("flyers"));
        assertThrows(RuleViolationException.class, () -> aanpak.parse(" "));
        assertThrows(RuleViolationException.class, () -> catalogue.require(STEDELIJKHEID_KEY).parse("3"),
                "a CBS figure only changes by import");
        assertThrows(NotFoundException.class, () -> catalogue.require(DimensionKey.of("ONBEKEND")));
        assertThrows(nl.schaalsprong.platform.domain.MalformedValueException.class, () -> DimensionKey.of("lower-case"),
                "a malformed key is a malformed request (400), not a rule (422)");
    }

    @Test
    void figuresOutsideTheirKindAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Kerncijfers.of(Map.of(Kerncijfer.STEDELIJKHEID, 6.0)));
        assertThrows(IllegalArgumentException.class, () -> Kerncijfers.of(Map.of(Kerncijfer.AANTAL_INWONERS, 10.5)));
        assertThrows(IllegalArgumentException.class,
                () -> Kerncijfers.of(Map.of(Kerncijfer.HUISHOUDENS_TOTAAL, -1.0)));
    }

    private double value(DimensionKey key, Kerncijfers figures) {
        return catalogue.require(key).rawValue(figures, Map.of());
    }
}
