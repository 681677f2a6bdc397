package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import java.util.Objects;

/** One buurt as a CBS KWB file describes it: what an import accepts and stores. */
public record CbsBuurt(BuurtCode code, String naam, String gemeenteNaam, Kerncijfers kerncijfers) {

    public CbsBuurt {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kerncijfers, "kerncijfers");
        if (naam == null || naam.isBlank()) {
            throw new IllegalArgumentException("buurt " + code + " has no name");
        }
        if (gemeenteNaam == null || gemeenteNaam.isBlank()) {
            throw new IllegalArgumentException("buurt " + code + " has no gemeente name");
        }
    }
}
