package nl.schaalsprong.typology.domain.imports;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuurtRevisionTest {

    private static final DimensionKey INWONERS = DimensionKey.of("AANTAL_INWONERS");
    private static final DimensionKey STEDELIJKHEID = DimensionKey.of("STEDELIJKHEID");
    private static final Set<DimensionKey> ALL = new LinkedHashSet<>(List.of(INWONERS, STEDELIJKHEID));

    @Test
    void aNewBuurtRevisesItsNamesAndEveryFigureItHas() {
        BuurtRevision revision = BuurtRevision.between(null, buurt("Centrum", Map.of(
                INWONERS, 815.0, STEDELIJKHEID, 4.0)), ALL).orElseThrow();

        assertTrue(revision.created());
        assertEquals(Map.of("WijkenEnBuurten", "Centrum", "Gemeentenaam", "Hellendoorn", "AANTAL_INWONERS", 815.0,
                "STEDELIJKHEID", "4"), revision.changed());
    }

    @Test
    void aStoredBuurtRevisesOnlyWhatDiffers() {
        ImportedBuurt stored = buurt("Centrum", Map.of(INWONERS, 815.0, STEDELIJKHEID, 4.0));
        ImportedBuurt imported = buurt("Centrum", Map.of(INWONERS, 816.0, STEDELIJKHEID, 4.0));

        BuurtRevision revision = BuurtRevision.between(stored, imported, ALL).orElseThrow();

        assertFalse(revision.created());
        assertEquals(Map.of("AANTAL_INWONERS", 816.0), revision.changed());
    }

    @Test
    void aCarriedFigureTheFileLeavesEmptyIsRevisedToNull() {
        ImportedBuurt stored = buurt("Centrum", Map.of(INWONERS, 815.0));
        Map<String, Object> expected = new HashMap<>();
        expected.put("AANTAL_INWONERS", null);

        assertEquals(expected, BuurtRevision.between(stored, buurt("Centrum", Map.of()), ALL).orElseThrow().changed());
    }

    @Test
    void aFigureTheFileDoesNotCarryIsNeverRevised() {
        ImportedBuurt stored = buurt("Centrum", Map.of(INWONERS, 815.0));

        assertEquals(Optional.empty(), BuurtRevision.between(stored, buurt("Centrum", Map.of()),
                Set.of(STEDELIJKHEID)));
    }

    @Test
    void aRenamedBuurtRevisesItsName() {
        ImportedBuurt stored = buurt("Centrum", Map.of());

        assertEquals(Map.of("WijkenEnBuurten", "Centrum-Oost"),
                BuurtRevision.between(stored, buurt("Centrum-Oost", Map.of()), ALL).orElseThrow().changed());
    }

    @Test
    void anIdenticalBuurtRevisesNothing() {
        ImportedBuurt stored = buurt("Centrum", Map.of(INWONERS, 815.0));

        assertEquals(Optional.empty(), BuurtRevision.between(stored, stored, ALL));
    }

    @Test
    void aFileWithoutNamesRevisesOnlyItsFigures() {
        ImportedBuurt stored = buurt("Centrum", Map.of(INWONERS, 815.0));
        ImportedBuurt figuresOnly = new ImportedBuurt(BuurtCode.of("BU01630408"), null, null,
                Map.of(INWONERS, AttributeValue.number(900)));

        assertEquals(Map.of("AANTAL_INWONERS", 900.0),
                BuurtRevision.between(stored, figuresOnly, Set.of(INWONERS)).orElseThrow().changed());
    }

    /** Stedelijkheid is ordinal: its value is a level. */
    private static ImportedBuurt buurt(String naam, Map<DimensionKey, Double> figures) {
        Map<DimensionKey, AttributeValue> values = new HashMap<>();
        figures.forEach((key, value) -> values.put(key, key.equals(STEDELIJKHEID)
                ? AttributeValue.level(Long.toString(value.longValue())) : AttributeValue.number(value)));
        return new ImportedBuurt(BuurtCode.of("BU01630408"), naam, "Hellendoorn", values);
    }
}
