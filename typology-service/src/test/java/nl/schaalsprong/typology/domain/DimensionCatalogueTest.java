package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.KwbFigures;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
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
    private final DimensionCatalogue catalogue = KwbFigures.catalogue();

    @Test
    void derivesEachComparisonDimensionFromTheCbsFigures() {
        Map<DimensionKey, AttributeValue> figures = new HashMap<>();
        figures.put(KwbFigures.key("BEVOLKINGSDICHTHEID"), AttributeValue.number(2754.0));
        figures.put(KwbFigures.key("GEMIDDELDE_HUISHOUDENSGROOTTE"), AttributeValue.number(2.5));
        figures.put(KwbFigures.key("HUISHOUDENS_MET_KINDEREN"), AttributeValue.number(135.0));
        figures.put(KwbFigures.key("HUISHOUDENS_TOTAAL"), AttributeValue.number(325.0));
        figures.put(KwbFigures.key("STEDELIJKHEID"), AttributeValue.level("4"));
        figures.put(KwbFigures.key("INWONERS_65_OF_OUDER"), AttributeValue.number(180.0));
        figures.put(KwbFigures.key("AANTAL_INWONERS"), AttributeValue.number(815.0));

        assertEquals(Math.log(2755), value(LOG_BEVOLKINGSDICHTHEID, figures), EXACT);
        assertEquals(2.5, value(HUISHOUDENSGROOTTE, figures), EXACT);
        assertEquals(135.0 / 325, value(AANDEEL_MET_KINDEREN, figures), EXACT);
        assertEquals(3, value(STEDELIJKHEID_KEY, figures), EXACT, "stedelijkheid 4 is the 4th level, index 3");
        assertEquals(180.0 / 815, value(AANDEEL_65_PLUS, figures), EXACT);
        assertEquals(815, value(DimensionKey.of("AANTAL_INWONERS"), figures), EXACT);
    }

    @Test
    void aShareOfNothingOrOfAMissingWholeIsMissing() {
        assertTrue(Double.isNaN(value(AANDEEL_65_PLUS, Map.of())));
        assertTrue(Double.isNaN(value(AANDEEL_MET_KINDEREN, Map.of(
                KwbFigures.key("HUISHOUDENS_MET_KINDEREN"), AttributeValue.number(3.0),
                KwbFigures.key("HUISHOUDENS_TOTAAL"), AttributeValue.number(0.0)))));
        assertEquals(0, value(LOG_BEVOLKINGSDICHTHEID, Map.of(KwbFigures.key("BEVOLKINGSDICHTHEID"),
                AttributeValue.number(0.0))), EXACT);
    }

    @Test
    void figuresBecomeDimensionsWithTheirTitleUnitAndSource() {
        var stedelijkheid = catalogue.require(STEDELIJKHEID_KEY);
        assertEquals("Mate van stedelijkheid", stedelijkheid.title());
        assertEquals("code", stedelijkheid.unit());
        assertEquals(java.util.List.of(KwbFigures.CBS), stedelijkheid.provenance());
        assertEquals(java.util.List.of(KwbFigures.CBS), catalogue.require(AANDEEL_65_PLUS).provenance(),
                "a share of two CBS figures names CBS once");
        assertEquals(java.util.List.of(LOG_BEVOLKINGSDICHTHEID, HUISHOUDENSGROOTTE, AANDEEL_MET_KINDEREN,
                STEDELIJKHEID_KEY, AANDEEL_65_PLUS), catalogue.definitions().subList(0, 5).stream()
                .map(d -> d.key()).toList(), "the skeleton's dimensions keep their place at the front");
    }

    @Test
    void assignedValuesAreCheckedAgainstTheLevels() {
        var aanpak = catalogue.require(PARTICIPATIE_AANPAK);
        assertEquals(AttributeValue.level("keukentafelgesprekken"), aanpak.parse(" keukentafelgesprekken "));
        assertEquals(1, aanpak.rawValue(Map.of(), Map.of(PARTICIPATIE_AANPAK,
                AttributeValue.level("bewonersavonden"))), EXACT);
        assertThrows(RuleViolationException.class, () -> aanpak.parse("flyers"));
        assertThrows(RuleViolationException.class, () -> aanpak.parse(" "));
        assertThrows(RuleViolationException.class, () -> catalogue.require(STEDELIJKHEID_KEY).parse("3"),
                "a CBS figure only changes by import");
        assertThrows(NotFoundException.class, () -> catalogue.require(DimensionKey.of("ONBEKEND")));
        assertThrows(nl.schaalsprong.platform.domain.MalformedValueException.class, () -> DimensionKey.of("lower-case"),
                "a malformed key is a malformed request (400), not a rule (422)");
    }

    private double value(DimensionKey key, Map<DimensionKey, AttributeValue> figures) {
        return catalogue.require(key).rawValue(figures, Map.of());
    }
}
