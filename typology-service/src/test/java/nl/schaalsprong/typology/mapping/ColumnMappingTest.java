package nl.schaalsprong.typology.mapping;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.Kerncijfer;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A third party's columns read through a mapping, with the same row checks as a CBS file. */
class ColumnMappingTest {

    private static final ColumnMapping UTRECHT = new ColumnMapping("buurt_code", "regio", "gm_naam",
            Map.of(Kerncijfer.AANTAL_INWONERS, "aantal_inwoners",
                    Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE, "Gemiddelde_Huishoudensgrootte"));
    /** As the Utrecht file: an unnamed index column first, columns the mapping does not use. */
    private static final String HEADER = ",buurt_code,gm_naam,regio,aantal_inwoners,gemiddelde_huishoudensgrootte,"
            + "leefbarometer_score\n";

    @Test
    void readsTheMappedColumnsCaseInsensitivelyAndLeavesTheRestMissing() {
        CbsKwbReader reader = CbsKwbReader.open(new StringReader(HEADER
                + "0,BU03070100,Amersfoort,Hof,710,1.4,4.22\n"), UTRECHT);
        CbsKwbRow.Accepted row = assertInstanceOf(CbsKwbRow.Accepted.class, reader.next());
        assertEquals("BU03070100", row.buurt().code().value());
        assertEquals("Hof", row.buurt().naam());
        assertEquals("Amersfoort", row.buurt().gemeenteNaam());
        assertEquals(710.0, row.buurt().kerncijfers().get(Kerncijfer.AANTAL_INWONERS));
        assertEquals(1.4, row.buurt().kerncijfers().get(Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE));
        assertNull(row.buurt().kerncijfers().get(Kerncijfer.BEVOLKINGSDICHTHEID));
        assertEquals(Kerncijfer.values().length - 2, reader.header().missingFigures().size());
        assertNull(reader.next());
    }

    @Test
    void rowsAreCheckedAsInACbsFileWithTheFilesOwnColumnNameInTheReason() {
        CbsKwbReader reader = CbsKwbReader.open(new StringReader(HEADER
                + "0,BU03070100,Amersfoort,Hof,veel,1.4,4.22\n"), UTRECHT);
        CbsKwbRow.Rejected row = assertInstanceOf(CbsKwbRow.Rejected.class, reader.next());
        assertEquals(2, row.line());
        assertTrue(row.reason().contains("aantal_inwoners 'veel' is not a number"), row.reason());
    }

    @Test
    void aHeaderWithoutAMappedColumnIsRefusedNamingEveryMissingOne() {
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> CbsKwbReader.open(
                new StringReader("buurt_code,gm_naam\nBU03070100,Amersfoort\n"), UTRECHT));
        assertTrue(e.getMessage().contains("regio"), e.getMessage());
        assertTrue(e.getMessage().contains("aantal_inwoners"), e.getMessage());
        assertTrue(e.getMessage().contains("Gemiddelde_Huishoudensgrootte"), e.getMessage());
    }
}
