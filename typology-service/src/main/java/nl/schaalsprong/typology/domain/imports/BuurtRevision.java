package nl.schaalsprong.typology.domain.imports;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.CbsBuurt;
import nl.schaalsprong.typology.domain.Kerncijfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an import changed in one buurt: each CBS stem whose stored value differs from the file's, with the new
 * value ({@code null} where the file left a carried figure empty). Figures the file does not carry are never
 * written, so they never count as changed.
 *
 * @param changed new value by CBS stem, in the order of the file's columns
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
    public static Optional<BuurtRevision> between(CbsBuurt stored, CbsBuurt imported, Set<Kerncijfer> carried) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (stored == null || !stored.naam().equals(imported.naam())) {
            changed.put(NAAM, imported.naam());
        }
        if (stored == null || !stored.gemeenteNaam().equals(imported.gemeenteNaam())) {
            changed.put(GEMEENTENAAM, imported.gemeenteNaam());
        }
        for (Kerncijfer figure : Kerncijfer.values()) {
            Double now = imported.kerncijfers().get(figure);
            Double before = stored == null ? null : stored.kerncijfers().get(figure);
            boolean written = carried.contains(figure) && (stored != null || now != null);
            if (written && !Objects.equals(before, now)) {
                changed.put(figure.cbsStem(), now);
            }
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new BuurtRevision(imported.code(), stored == null, changed));
    }
}
