package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.Kerncijfer;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CbsKwbReaderTest {

    /** The suffixes differ from the national file's (_127 instead of _122, ...): matched on the stem. */
    private static final String HEADER = "buurtcode,buurtnaam,gemeentenaam,AantalInwoners_7,"
            + "GemiddeldeHuishoudensgrootte_40,MateVanStedelijkheid_127,k_65JaarOfOuder_3,Onbekend_9\n";

    @Test
    void matchesColumnsOnTheStemAndReadsQuotedNamesWithCommasAndApostrophes() {
        List<CbsKwbRow> rows = read(HEADER
                + "BU19550001,\"'s-Heerenberg, oostelijke uitbreiding\",Montferland,3715,2.2,4.0,745,zzz\n");
        CbsKwbRow.Accepted row = assertInstanceOf(CbsKwbRow.Accepted.class, rows.get(0));
        assertEquals(2, row.line());
        assertEquals("BU19550001", row.buurt().code().value());
        assertEquals("'s-Heerenberg, oostelijke uitbreiding", row.buurt().naam());
        assertEquals("Montferland", row.buurt().gemeenteNaam());
        assertEquals(3715.0, row.buurt().kerncijfers().get(Kerncijfer.AANTAL_INWONERS));
        assertEquals(2.2, row.buurt().kerncijfers().get(Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE));
        assertEquals(4.0, row.buurt().kerncijfers().get(Kerncijfer.STEDELIJKHEID));
        assertEquals(745.0, row.buurt().kerncijfers().get(Kerncijfer.INWONERS_65_OF_OUDER));
    }

    @Test
    void emptyDotAndDashAreMissing() {
        List<CbsKwbRow> rows = read(HEADER
                + "BU00010001,A,G,,.,-,  ,x\n");
        CbsKwbRow.Accepted row = assertInstanceOf(CbsKwbRow.Accepted.class, rows.get(0));
        for (Kerncijfer figure : Kerncijfer.values()) {
            assertNull(row.buurt().kerncijfers().get(figure), figure.name());
        }
    }

    @Test
    void eachBadRowIsRejectedWithItsLineWhileGoodRowsPass() {
        List<CbsKwbRow> rows = read(HEADER
                + "BU00010001,Goed,G,10,2.0,1,1,\n"          // line 2
                + "BU0001000x,Code,G,10,2.0,1,1,\n"          // line 3: bad code
                + "BU00010002,Te kort,G,10\n"                // line 4: too few fields
                + "BU00010003,Tekst,G,tien,2.0,1,1,\n"       // line 5: not a number
                + "BU00010004,Stad,G,10,2.0,6,1,\n"          // line 6: stedelijkheid 6
                + "BU00010005,Half,G,10.5,2.0,1,1,\n"        // line 7: half a person
                + "BU00010001,Dubbel,G,10,2.0,1,1,\n"        // line 8: code again
                + "BU00010006,\"kapot\"x,G,10,2.0,1,1,\n"    // line 9: broken quoting
                + "BU00010007,,G,10,2.0,1,1,\n"              // line 10: no name
                + "BU00010008,Ook goed,G,-,.,,,\n");         // line 11
        assertEquals(10, rows.size());
        assertInstanceOf(CbsKwbRow.Accepted.class, rows.get(0));
        assertInstanceOf(CbsKwbRow.Accepted.class, rows.get(9));
        assertEquals(11, rows.get(9).line());
        assertRejected(rows.get(1), 3, "not a valid buurt code");
        assertRejected(rows.get(2), 4, "has 4 fields where the header has 8");
        assertRejected(rows.get(3), 5, "AantalInwoners_7 'tien' is not a number");
        assertRejected(rows.get(4), 6, "MateVanStedelijkheid_127 must be a whole number from 1 to 5");
        assertRejected(rows.get(5), 7, "AantalInwoners_7 must be a non-negative whole number");
        assertRejected(rows.get(6), 8, "already occurs on line 2");
        assertRejected(rows.get(7), 9, "closing quote");
        assertRejected(rows.get(8), 10, "lacks its name");
    }

    @Test
    void reportsKnownFiguresTheFileLacks() {
        CbsKwbReader reader = CbsKwbReader.open(new StringReader(HEADER));
        assertTrue(reader.header().missingFigures().contains(Kerncijfer.BEVOLKINGSDICHTHEID));
        assertTrue(!reader.header().missingFigures().contains(Kerncijfer.STEDELIJKHEID));
        assertNull(reader.next());
    }

    @Test
    void readsSemicolonFilesWithDecimalCommas() {
        List<CbsKwbRow> rows = read("buurtcode;buurtnaam;gemeentenaam;GemiddeldeHuishoudensgrootte_33\r\n"
                + "BU00010001;\"Noord; oost\";G;2,4\r\n");
        CbsKwbRow.Accepted row = assertInstanceOf(CbsKwbRow.Accepted.class, rows.get(0));
        assertEquals("Noord; oost", row.buurt().naam());
        assertEquals(2.4, row.buurt().kerncijfers().get(Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE));
    }

    @Test
    void aFileThatIsNoKwbBuurtFileIsRefusedWhole() {
        RuleViolationException missing = assertThrows(RuleViolationException.class,
                () -> CbsKwbReader.open(new StringReader("code,naam\nBU00010001,x\n")));
        assertTrue(missing.getMessage().contains("buurtcode"), missing.getMessage());
        assertThrows(RuleViolationException.class, () -> CbsKwbReader.open(new StringReader("")));
        assertThrows(RuleViolationException.class, () -> CbsKwbReader.open(new StringReader(
                "buurtcode,buurtnaam,gemeentenaam,AantalInwoners_5,AantalInwoners_6\n")));
    }

    @Test
    void stemsDropOnlyANumericSuffix() {
        assertEquals("matevanstedelijkheid", CbsKwbHeader.stem("MateVanStedelijkheid_122"));
        assertEquals("k_65jaarofouder", CbsKwbHeader.stem("k_65JaarOfOuder_12"));
        assertEquals("crime_property", CbsKwbHeader.stem("crime_property"));
        assertEquals("buurtcode", CbsKwbHeader.stem(" buurtcode "));
    }

    private static void assertRejected(CbsKwbRow row, long line, String reason) {
        CbsKwbRow.Rejected rejected = assertInstanceOf(CbsKwbRow.Rejected.class, row);
        assertEquals(line, rejected.line());
        assertTrue(rejected.reason().contains(reason), rejected.reason());
    }

    private static List<CbsKwbRow> read(String text) {
        CbsKwbReader reader = CbsKwbReader.open(new StringReader(text));
        List<CbsKwbRow> rows = new ArrayList<>();
        for (CbsKwbRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }
}
