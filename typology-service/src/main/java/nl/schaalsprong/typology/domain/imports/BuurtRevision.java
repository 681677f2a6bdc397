package nl.schaalsprong.typology.domain.imports;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an import changed in one buurt: its name, gemeente name, and each figure whose stored value for the
 * import's year differs from the file's, by figure key, with the new value ({@code null} where the file left a
 * carried figure empty). Figures the file does not carry are never written, so they never count as changed.
 *
 * @param changed new value by figure key (or name key), in the order of the file's columns
 */
public record BuurtRevision(BuurtCode code, boolean created, Map<String, Object> changed) {

    /** CBS's stem of the buurt name column. */
    public static final String NAAM = "WijkenEnBuurten";
    /** CBS's stem of the gemeente name column. */
    public static final String GEMEENTENAAM = "Gemeentenaam";

    public BuurtRevision {
        Objects.requireNonNull(code, "code");
        if (changed == null || changed.isEmpty()) {
            throw new IllegalArgumentException("a revision changes at least one value");
        }
        changed = Collections.unmodifiableMap(new LinkedHashMap<>(changed));
    }

    /**
     * The revision that storing {@code imported} over {@code stored} makes, or empty when every value it would
     * write is already stored.
     *
     * @param stored  the buurt as stored before the import, or {@code null} when the import creates it
     * @param carried the figures the file has a column for
     */
    public static Optional<BuurtRevision> between(ImportedBuurt stored, ImportedBuurt imported,
                                                  Set<DimensionKey> carried) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (imported.named() && (stored == null || !imported.naam().equals(stored.naam()))) {
            changed.put(NAAM, imported.naam());
        }
        if (imported.gemeenteNaam() != null
                && (stored == null || !imported.gemeenteNaam().equals(stored.gemeenteNaam()))) {
            changed.put(GEMEENTENAAM, imported.gemeenteNaam());
        }
        for (DimensionKey figure : carried) {
            AttributeValue now = imported.figures().get(figure);
            AttributeValue before = stored == null ? null : stored.figures().get(figure);
            if (!Objects.equals(before, now)) {
                changed.put(figure.value(), now == null ? null : now.shown());
            }
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new BuurtRevision(imported.code(), stored == null, changed));
    }
}
