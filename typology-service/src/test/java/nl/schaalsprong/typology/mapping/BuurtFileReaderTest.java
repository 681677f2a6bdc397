package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.KwbFigures;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static nl.schaalsprong.typology.figure.KwbFigures.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CBS KWB files: columns found by stem, values checked against the figure catalogue. */
class BuurtFileReaderTest {

    /** The suffixes differ from the national file's (_127 instead of _122, ...): matched on the stem. */
    private static final String HEADER = "buurtcode,buurtnaam,gemeentenaam,AantalInwoners_7,"
            + "GemiddeldeHuishoudensgrootte_40,MateVanStedelijkheid_127,k_65JaarOfOuder_3,Onbekend_9\n";

    @Test
    void matchesColumnsOnTheStemAndReadsQuotedNamesWithCommasAndApostrophes() {
        List<BuurtFileRow> rows = read(HEADER
                + "BU19550001,\"'s-Heerenberg, oostelijke uitbreiding\",Montferland,3715,2.2,4.0,745,zzz\n");
        BuurtFileRow.Accepted row = assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(0));
        assertEquals(2, row.line());
        assertEquals("BU19550001", row.buurt().code().value());
        assertEquals("'s-Heerenberg, oostelijke uitbreiding", row.buurt().naam());
        assertEquals("Montferland", row.buurt().gemeenteNaam());
        assertEquals(AttributeValue.number(3715), row.buurt().figures().get(key("AANTAL_INWONERS")));
        assertEquals(AttributeValue.number(2.2), row.buurt().figures().get(key("GEMIDDELDE_HUISHOUDENSGROOTTE")));
        assertEquals(AttributeValue.level("4"), row.buurt().figures().get(key("STEDELIJKHEID")),
                "CBS writes the class as 4.0; it is the ordinal's level 4");
        assertEquals(AttributeValue.number(745), row.buurt().figures().get(key("INWONERS_65_OF_OUDER")));
    }

    @Test
    void aFileOfOneEndlessLineIsRefusedNamingTheHeaderLine() {
        String endless = "buurtcode".repeat(70_000 / 9 + 1);
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> BuurtFileReader.cbsKwb(new StringReader(endless), KwbFigures.figures()));
        assertTrue(refused.getMessage().contains("header on line 1 has no line end"), refused.getMessage());
        RuleViolationException mapped = assertThrows(RuleViolationException.class,
                () -> BuurtFileReader.mapped(new StringReader(endless), new ColumnMapping("buurtcode", null, null,
                        List.of(), null), KwbFigures.figures()));
        assertTrue(mapped.getMessage().contains("line 1"), mapped.getMessage());
    }

    @Test
    void emptyDotAndDashAreMissing() {
        List<BuurtFileRow> rows = read(HEADER
                + "BU00010001,A,G,,.,-,  ,x\n");
        BuurtFileRow.Accepted row = assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(0));
        assertTrue(row.buurt().figures().isEmpty(), row.buurt().figures().toString());
    }

    @Test
    void eachBadRowIsRejectedWithItsLineAndColumnWhileGoodRowsPass() {
        List<BuurtFileRow> rows = read(HEADER
                + "BU00010001,Goed,G,10,2.0,1,1,\n"          // line 2
                + "BU0001000x,Code,G,10,2.0,1,1,\n"          // line 3: bad code
                + "BU00010002,Te kort,G,10\n"                // line 4: too few fields
                + "BU00010003,Tekst,G,tien,2.0,1,1,\n"       // line 5: not a number
                + "BU00010004,Stad,G,10,2.0,6,1,\n"          // line 6: stedelijkheid 6
                + "BU00010005,Half,G,10.5,2.0,1,1,\n"        // line 7: half a person
                + "BU00010001,Dubbel,G,10,2.0,1,1,\n"        // line 8: code again
                + "BU00010006,\"kapot\"x,G,10,2.0,1,1,\n"    // line 9: broken quoting
                + "BU00010007,,G,10,2.0,1,1,\n"              // line 10: no name
                + "BU00010008,Ook goed,G,-,.,,,\n"           // line 11
                + "BU00010009,Negatief,G,10,-2.0,1,1,\n");   // line 12: below the minimum
        assertEquals(11, rows.size());
        assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(0));
        assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(9));
        assertEquals(11, rows.get(9).line());
        assertRejected(rows.get(1), 3, "not a valid buurt code");
        assertRejected(rows.get(2), 4, "has 4 fields where the header has 8");
        assertRejected(rows.get(3), 5, "column AantalInwoners_7: 'tien' is not a number");
        assertRejected(rows.get(4), 6, "column MateVanStedelijkheid_127: '6' is not a level of STEDELIJKHEID; "
                + "allowed: 1, 2, 3, 4, 5");
        assertRejected(rows.get(5), 7, "column AantalInwoners_7: must be a whole number for AANTAL_INWONERS");
        assertRejected(rows.get(6), 8, "already occurs on line 2");
        assertRejected(rows.get(7), 9, "closing quote");
        assertRejected(rows.get(8), 10, "lacks its name");
        assertRejected(rows.get(10), 12, "column GemiddeldeHuishoudensgrootte_40: must be at least 0");
    }

    @Test
    void reportsKwbFiguresTheFileLacksAndCarriesOnlyItsOwn() {
        BuurtFileReader reader = BuurtFileReader.cbsKwb(new StringReader(HEADER), KwbFigures.figures());
        assertTrue(reader.header().missingFigures().contains(key("BEVOLKINGSDICHTHEID")));
        assertTrue(!reader.header().missingFigures().contains(key("STEDELIJKHEID")));
        assertEquals(List.of(key("AANTAL_INWONERS"), key("GEMIDDELDE_HUISHOUDENSGROOTTE"), key("STEDELIJKHEID"),
                key("INWONERS_65_OF_OUDER")), List.copyOf(reader.header().carried()), "in column order");
        assertNull(reader.next());
    }

    @Test
    void readsSemicolonFilesWithDecimalCommas() {
        List<BuurtFileRow> rows = read("buurtcode;buurtnaam;gemeentenaam;GemiddeldeHuishoudensgrootte_33\r\n"
                + "BU00010001;\"Noord; oost\";G;2,4\r\n");
        BuurtFileRow.Accepted row = assertInstanceOf(BuurtFileRow.Accepted.class, rows.get(0));
        assertEquals("Noord; oost", row.buurt().naam());
        assertEquals(AttributeValue.number(2.4), row.buurt().figures().get(key("GEMIDDELDE_HUISHOUDENSGROOTTE")));
    }

    @Test
    void aFileThatIsNoKwbBuurtFileIsRefusedWhole() {
        RuleViolationException missing = assertThrows(RuleViolationException.class,
                () -> BuurtFileReader.cbsKwb(new StringReader("code,naam\nBU00010001,x\n"), KwbFigures.figures()));
        assertTrue(missing.getMessage().contains("buurtcode"), missing.getMessage());
        assertThrows(RuleViolationException.class, () -> BuurtFileReader.cbsKwb(new StringReader(""),
                KwbFigures.figures()));
        assertThrows(RuleViolationException.class, () -> BuurtFileReader.cbsKwb(new StringReader(
                "buurtcode,buurtnaam,gemeentenaam,AantalInwoners_5,AantalInwoners_6\n"), KwbFigures.figures()));
    }

    @Test
    void stemsDropOnlyANumericSuffix() {
        assertEquals("matevanstedelijkheid", BuurtFileHeader.stem("MateVanStedelijkheid_122"));
        assertEquals("k_65jaarofouder", BuurtFileHeader.stem("k_65JaarOfOuder_12"));
        assertEquals("crime_property", BuurtFileHeader.stem("crime_property"));
        assertEquals("buurtcode", BuurtFileHeader.stem(" buurtcode "));
    }

    static void assertRejected(BuurtFileRow row, long line, String reason) {
        BuurtFileRow.Rejected rejected = assertInstanceOf(BuurtFileRow.Rejected.class, row);
        assertEquals(line, rejected.line());
        assertTrue(rejected.reason().contains(reason), rejected.reason());
    }

    private static List<BuurtFileRow> read(String text) {
        return all(BuurtFileReader.cbsKwb(new StringReader(text), KwbFigures.figures()));
    }

    static List<BuurtFileRow> all(BuurtFileReader reader) {
        List<BuurtFileRow> rows = new ArrayList<>();
        for (BuurtFileRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    static DimensionKey k(String key) {
        return key(key);
    }
}
