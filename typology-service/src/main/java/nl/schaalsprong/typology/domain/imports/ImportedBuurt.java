package nl.schaalsprong.typology.domain.imports;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One buurt as a file row describes it: what an import accepts and stores. A file that names its buurten (a CBS
 * KWB file, a mapping with name columns) can register new ones; a file of figures alone (CBS heating shares, PBL
 * heat demand) only adds values to buurten already known, and its other codes are reported as unplaced.
 *
 * @param naam         the buurt's name, or null when the file does not name buurten
 * @param gemeenteNaam the gemeente's name, or null when the file does not name gemeenten (a new buurt then takes the
 *                     name its gemeente's registered buurten have)
 * @param figures      the row's figure values by figure key; a missing value is absent
 */
public record ImportedBuurt(BuurtCode code, String naam, String gemeenteNaam, Map<DimensionKey, AttributeValue> figures) {

    public ImportedBuurt {
        Objects.requireNonNull(code, "code");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        if (naam == null && gemeenteNaam != null) {
            throw new IllegalArgumentException("buurt " + code + ": a gemeente name comes with the buurt's name");
        }
        if (naam != null && (naam.isBlank() || (gemeenteNaam != null && gemeenteNaam.isBlank()))) {
            throw new IllegalArgumentException("buurt " + code + " has an empty name or gemeente name");
        }
    }

    /** Whether the row names the buurt, so that it can register the buurt when it is new. */
    public boolean named() {
        return naam != null;
    }

    /** The same row with the gemeente's name filled in (from the buurten registered in that gemeente). */
    public ImportedBuurt inGemeente(String name) {
        return new ImportedBuurt(code, naam, name, figures);
    }
}
