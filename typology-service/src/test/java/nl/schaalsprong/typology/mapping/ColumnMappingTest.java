package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.figure.KwbFigures;
import nl.schaalsprong.typology.figure.domain.Aggregation;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Set;

import static nl.schaalsprong.typology.figure.KwbFigures.key;
import static nl.schaalsprong.typology.mapping.BuurtFileReaderTest.all;
import static nl.schaalsprong.typology.mapping.BuurtFileReaderTest.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any file's columns read through a mapping, with the same row checks as a CBS file. */
class ColumnMappingTest {

    private static final ColumnMapping UTRECHT = new ColumnMapping("buurt_code", "regio", "gm_naam", List.of(
            column("AANTAL_INWONERS", "aantal_inwoners", false),
            column("GEMIDDELDE_HUISHOUDENSGROOTTE", "Gemiddelde_Huishoudensgrootte", false)), Set.of());
    /** As the Utrecht file: an unnamed index column first, columns the mapping does not use. */
    private static final String HEADER = ",buurt_code,gm_naam,regio,aantal_inwoners,gemiddelde_huishoudensgrootte,"
            + "leefbarometer_score\n";

    /** A categorical and a share, as an import would declare them. */
    private static final Figure WARMTE = new Figure(key("WARMTE_OPTIE"), "Warmteoptie", "", "",
            DimensionKind.CATEGORICAL, List.of("warmtenet", "all-electric", "hybride"), null, false, null,
            Aggregation.NOT_AGGREGATABLE, null, KwbFigures.CBS);
    private static final Figure KOOP = new Figure(key("AANDEEL_KOOP"), "Aandeel koopwoningen", "fractie", "",
            DimensionKind.NUMERIC, List.of(), null, false, 0.0, Aggregation.WEIGHTED_BY_DWELLINGS, null, KwbFigures.CBS);
    private static final FigureCatalogue WITH_DECLARED = KwbFigures.figures().withDeclared(List.of(WARMTE, KOOP));

    @Test
    void readsTheMappedColumnsCaseInsensitivelyAndLeavesTheRestAlone() {
        BuurtFileReader reader = BuurtFileReader.mapped(new StringReader(HEADER
                + "0,BU03070100,Amersfoort,Hof,710,1.4,4.22\n"), UTRECHT, KwbFigures.figures());
        BuurtFileRow.Accepted row = assertInstanceOf(BuurtFileRow.Accepted.class, reader.next());
        assertEquals("BU03070100", row.buurt().code().value());
        assertEquals("Hof", row.buurt().naam());
        assertEquals("Amersfoort", row.buurt().gemeenteNaam());
        assertEquals(AttributeValue.number(710), row.buurt().figures().get(key("AANTAL_INWONERS")));
        assertEquals(AttributeValue.number(1.4), row.buurt().figures().get(key("GEMIDDELDE_HUISHOUDENSGROOTTE")));
        assertNull(row.buurt().figures().get(key("BEVOLKINGSDICHTHEID")));
        assertEquals(Set.of(key("AANTAL_INWONERS"), key("GEMIDDELDE_HUISHOUDENSGROOTTE")), reader.header().carried());
        assertTrue(reader.header().missingFigures().isEmpty(), "a mapped file is expected to carry nothing else");
        assertNull(reader.next());
    }

    @Test
    void rowsAreCheckedAsInACbsFileWithTheFilesOwnColumnNameInTheReason() {
        BuurtFileReader reader = BuurtFileReader.mapped(new StringReader(HEADER
                + "0,BU03070100,Amersfoort,Hof,veel,1.4,4.22\n"), UTRECHT, KwbFigures.figures());
        assertRejected(reader.next(), 2, "column aantal_inwoners: 'veel' is not a number");
    }

    @Test
    void aHeaderWithoutAMappedColumnIsRefusedNamingEveryMissingOne() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> BuurtFileReader.mapped(
                new StringReader("buurt_code,gm_naam\nBU03070100,Amersfoort\n"), UTRECHT, KwbFigures.figures()));
        assertTrue(e.getMessage().contains("regio"), e.getMessage());
        assertTrue(e.getMessage().contains("aantal_inwoners"), e.getMessage());
        assertTrue(e.getMessage().contains("Gemiddelde_Huishoudensgrootte"), e.getMessage());
    }

    /**
     * The PBL layout: a byte-order mark, units in brackets, empty and repeated columns that are not mapped, a
     * declared missing marker; no names, so rows only carry figures.
     */
    @Test
    void readsAMessyFileWithBomUnitsInBracketsEmptyColumnsAndDeclaredMissingMarkers() {
        String file = "\uFEFFBU_CODE,InStudieGebied?,Aantal_woningen [Aansluiting],,nrWEQ [WEQ],,nrWEQ [WEQ]\n"
                + "BU00030000,0,1494,,1815,,1\n"
                + "BU00030001,0,-99,,1418,,2\n";
        ColumnMapping mapping = new ColumnMapping("bu_code", null, null,
                List.of(column("AANTAL_INWONERS", "Aantal_woningen", false)), Set.of("-99"));
        List<BuurtFileRow> rows = all(BuurtFileReader.mapped(new StringReader(file), mapping, KwbFigures.figures()));
        BuurtFileRow.Accepted first = assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(0));
        assertEquals("BU00030000", first.buurt().code().value());
        assertFalse(first.buurt().named());
        assertEquals(AttributeValue.number(1494), first.buurt().figures().get(key("AANTAL_INWONERS")));
        BuurtFileRow.Accepted second = assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(1));
        assertTrue(second.buurt().figures().isEmpty(), "-99 was declared missing");
    }

    @Test
    void aMappedColumnThatRepeatsIsRefusedButUnmappedRepeatsAreNot() {
        ColumnMapping weq = new ColumnMapping("BU_CODE", null, null,
                List.of(column("AANTAL_INWONERS", "nrWEQ", false)), Set.of());
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> BuurtFileReader.mapped(
                new StringReader("BU_CODE,nrWEQ [WEQ],nrWEQ [WEQ]\nBU00030000,1,2\n"), weq, KwbFigures.figures()));
        assertTrue(e.getMessage().contains("more than once: [nrWEQ (columns [2, 3])]"), e.getMessage());
    }

    @Test
    void percentagesAreDeclaredAndBecomeFractionsAndLevelsAreChecked() {
        ColumnMapping mapping = new ColumnMapping("code", null, null, List.of(
                column("AANDEEL_KOOP", "koop_percentage", true), column("WARMTE_OPTIE", "optie", false)), Set.of());
        List<BuurtFileRow> rows = all(BuurtFileReader.mapped(new StringReader("code;koop_percentage;optie\n"
                + "BU00030000;12,5;warmtenet\n"
                + "BU00030001;40;3\n"
                + "BU00030002;40;stadsverwarming\n"), mapping, WITH_DECLARED));
        BuurtFileRow.Accepted first = assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(0));
        assertEquals(0.125, first.buurt().figures().get(key("AANDEEL_KOOP")).number(), 1e-12);
        assertEquals(AttributeValue.level("warmtenet"), first.buurt().figures().get(key("WARMTE_OPTIE")));
        assertRejected(rows.get(1), 3, "column optie: '3' is not a level of WARMTE_OPTIE; allowed: warmtenet, "
                + "all-electric, hybride");
        assertRejected(rows.get(2), 4, "'stadsverwarming' is not a level of WARMTE_OPTIE");
    }

    @Test
    void anUnknownFigureAPercentageOfLevelsAndAFigureMappedTwiceAreRefused() {
        RuleViolationException unknown = assertThrows(RuleViolationException.class, () -> BuurtFileReader.mapped(
                new StringReader("code,x\nBU00030000,1\n"), new ColumnMapping("code", null, null,
                        List.of(column("AARDGASVERBRUIK", "x", false)), Set.of()), KwbFigures.figures()));
        assertTrue(unknown.getMessage().contains("figure 'AARDGASVERBRUIK' (mapped to column 'x') is not in the "
                + "figure catalogue"), unknown.getMessage());
        assertThrows(RuleViolationException.class, () -> BuurtFileReader.mapped(
                new StringReader("code,x\nBU00030000,1\n"), new ColumnMapping("code", null, null,
                        List.of(column("WARMTE_OPTIE", "x", true)), Set.of()), WITH_DECLARED));
        assertThrows(RuleViolationException.class, () -> BuurtFileReader.mapped(
                new StringReader("code,x,y\nBU00030000,1,2\n"), new ColumnMapping("code", null, null,
                        List.of(column("AANTAL_INWONERS", "x", false), column("AANTAL_INWONERS", "y", false)),
                        Set.of()), KwbFigures.figures()));
    }

    @Test
    void aDeclarationMayRepeatAKnownFigureOnlyWithTheSameKindAndLevels() {
        assertEquals(WITH_DECLARED.figures().size(), WITH_DECLARED.withDeclared(List.of(WARMTE)).figures().size());
        Figure numericWarmte = new Figure(key("WARMTE_OPTIE"), "Warmteoptie", "", "", DimensionKind.NUMERIC,
                List.of(), null, false, null, Aggregation.NOT_AGGREGATABLE, null, KwbFigures.CBS);
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> WITH_DECLARED.withDeclared(List.of(numericWarmte)));
        assertTrue(e.getMessage().contains("'WARMTE_OPTIE' is already in the catalogue as CATEGORICAL"),
                e.getMessage());
        assertThrows(RuleViolationException.class, () -> KwbFigures.figures().withDeclared(List.of(WARMTE, WARMTE)),
                "declared twice in one import");
    }

    private static ColumnMapping.FigureColumn column(String figure, String column, boolean percentage) {
        return new ColumnMapping.FigureColumn(DimensionKey.of(figure), column, percentage);
    }
}
