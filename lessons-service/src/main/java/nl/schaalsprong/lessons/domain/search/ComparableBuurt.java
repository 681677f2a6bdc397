package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.platform.cbs.BuurtCode;

import java.util.Objects;

/** A buurt typology-service finds comparable, with its similarity from 0 (nothing alike) to 1 (the same). */
public record ComparableBuurt(BuurtCode code, double similarity) {

    public ComparableBuurt {
        Objects.requireNonNull(code, "code");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity of " + code + " must be between 0 and 1, was " + similarity);
        }
    }
}
