package nl.schaalsprong.typology.mapping;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    @Test
    void quotedFieldsKeepCommasApostrophesAndDoubledQuotes() {
        List<CsvRecord> records = read("code,name\r\n"
                + "BU1,\"'s-Heerenberg, oostelijke uitbreiding\"\r\n"
                + "BU2,'n Oaln Diek\r\n"
                + "BU3,\"De \"\"Kern\"\"\"\r\n", ',');
        assertEquals(List.of("code", "name"), records.get(0).fields());
        assertEquals(List.of("BU1", "'s-Heerenberg, oostelijke uitbreiding"), records.get(1).fields());
        assertEquals(List.of("BU2", "'n Oaln Diek"), records.get(2).fields());
        assertEquals(List.of("BU3", "De \"Kern\""), records.get(3).fields());
        assertEquals(4, records.size());
    }

    @Test
    void emptyFieldsQuotedOrNotAndATrailingEmptyField() {
        List<CsvRecord> records = read("a,,\"\",d,\nx,\"\"", ',');
        assertEquals(List.of("a", "", "", "d", ""), records.get(0).fields());
        assertEquals(List.of("x", ""), records.get(1).fields());
    }

    @Test
    void lineNumbersCountPhysicalLinesIncludingBreaksInsideQuotesAndBlankLines() {
        List<CsvRecord> records = read("h1,h2\n1,\"two\nlines\"\n\n3,x\r\n4,y", ',');
        assertEquals(List.of(1L, 2L, 5L, 6L), records.stream().map(CsvRecord::line).toList());
        assertEquals(List.of("1", "two\nlines"), records.get(1).fields());
    }

    @Test
    void brokenQuotingIsReportedWithItsLineAndReadingGoesOn() {
        List<CsvRecord> records = read("a,b\n1,\"x\"y\n2,un\"quoted\n3,ok\n", ',');
        assertEquals(4, records.size());
        assertTrue(records.get(1).isMalformed());
        assertEquals(2, records.get(1).line());
        assertTrue(records.get(1).malformation().contains("closing quote"), records.get(1).malformation());
        assertTrue(records.get(2).isMalformed());
        assertEquals(3, records.get(2).line());
        assertFalse(records.get(3).isMalformed());
        assertEquals(List.of("3", "ok"), records.get(3).fields());
        assertEquals(4, records.get(3).line());
    }

    @Test
    void anUnclosedQuoteIsReportedWithTheLineItOpenedOn() {
        List<CsvRecord> records = read("a,b\n1,ok\n2,\"never closed\n3,x\n", ',');
        assertEquals(3, records.size());
        assertTrue(records.get(2).isMalformed());
        assertEquals(3, records.get(2).line());
        assertTrue(records.get(2).malformation().contains("never closed"));
    }

    @Test
    void skipsAByteOrderMarkAndHonoursAnotherDelimiter() {
        List<CsvRecord> records = read("\uFEFFcode;naam\nBU1;\"a;b\"\n", ';');
        assertEquals(List.of("code", "naam"), records.get(0).fields());
        assertEquals(List.of("BU1", "a;b"), records.get(1).fields());
    }

    private static List<CsvRecord> read(String text, char delimiter) {
        CsvReader reader = new CsvReader(new StringReader(text), delimiter);
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }
}
