package nl.schaalsprong.typology.domain.imports;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.CbsBuurt;
import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.domain.Kerncijfers;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuurtRevisionTest {

    private static final Set<Kerncijfer> ALL = EnumSet.allOf(Kerncijfer.class);

    @Test
    void aNewBuurtRevisesItsNamesAndEveryFigureItHas() {
        BuurtRevision revision = BuurtRevision.between(null, buurt("Centrum", Map.of(
                Kerncijfer.AANTAL_INWONERS, 815.0, Kerncijfer.STEDELIJKHEID, 4.0)), ALL).orElseThrow();

        assertTrue(revision.created());
        assertEquals(Map.of("WijkenEnBuurten", "Centrum", "Gemeentenaam", "Hellendoorn", "AantalInwoners", 815.0,
                "MateVanStedelijkheid", 4.0), revision.changed());
    }

    @Test
    void aStoredBuurtRevisesOnlyWhatDiffers() {
        CbsBuurt stored = buurt("Centrum", Map.of(Kerncijfer.AANTAL_INWONERS, 815.0, Kerncijfer.STEDELIJKHEID, 4.0));
        CbsBuurt imported = buurt("Centrum", Map.of(Kerncijfer.AANTAL_INWONERS, 816.0, Kerncijfer.STEDELIJKHEID, 4.0));

        BuurtRevision revision = BuurtRevision.between(stored, imported, ALL).orElseThrow();

        assertFalse(revision.created());
        assertEquals(Map.of("AantalInwoners", 816.0), revision.changed());
    }

    @Test
    void aCarriedFigureTheFileLeavesEmptyIsRevisedToNull() {
        CbsBuurt stored = buurt("Centrum", Map.of(Kerncijfer.AANTAL_INWONERS, 815.0));
        Map<String, Object> expected = new HashMap<>();
        expected.put("AantalInwoners", null);

        assertEquals(expected, BuurtRevision.between(stored, buurt("Centrum", Map.of()), ALL).orElseThrow().changed());
    }

    @Test
    void aFigureTheFileDoesNotCarryIsNeverRevised() {
        CbsBuurt stored = buurt("Centrum", Map.of(Kerncijfer.AANTAL_INWONERS, 815.0));

        assertEquals(Optional.empty(), BuurtRevision.between(stored, buurt("Centrum", Map.of()),
                EnumSet.complementOf(EnumSet.of(Kerncijfer.AANTAL_INWONERS))));
    }

    @Test
    void aRenamedBuurtRevisesItsName() {
        CbsBuurt stored = buurt("Centrum", Map.of());

        assertEquals(Map.of("WijkenEnBuurten", "Centrum-Oost"),
                BuurtRevision.between(stored, buurt("Centrum-Oost", Map.of()), ALL).orElseThrow().changed());
    }

    @Test
    void anIdenticalBuurtRevisesNothing() {
        CbsBuurt stored = buurt("Centrum", Map.of(Kerncijfer.AANTAL_INWONERS, 815.0));

        assertEquals(Optional.empty(), BuurtRevision.between(stored, stored, ALL));
    }

    private static CbsBuurt buurt(String naam, Map<Kerncijfer, Double> figures) {
        return new CbsBuurt(BuurtCode.of("BU01630408"), naam, "Hellendoorn", Kerncijfers.of(figures));
    }
}
