package nl.schaalsprong.platform.csv;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellTest {

    @Test
    void aPlainValueStaysAsItIs() {
        assertEquals("Paddepoel-Zuid", CsvCell.of("Paddepoel-Zuid"));
    }

    @Test
    void noValueIsAnEmptyCell() {
        assertEquals("", CsvCell.of(null));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("\"'n Oaln Diek, Hoogeveen\"", CsvCell.of("'n Oaln Diek, Hoogeveen"));
        assertEquals("\"de \"\"Warmte\"\"wijk\"", CsvCell.of("de \"Warmte\"wijk"));
        assertEquals("\"a\nb\"", CsvCell.of("a\nb"));
        assertEquals("\"a\rb\"", CsvCell.of("a\rb"));
    }
}
