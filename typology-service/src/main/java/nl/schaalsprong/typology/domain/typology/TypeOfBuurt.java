package nl.schaalsprong.typology.domain.typology;

import java.util.Objects;
import java.util.UUID;

/** Which type a buurt has in a typology: the typology, the type's number (1..k, largest first) and its label. */
public record TypeOfBuurt(UUID typologyId, int number, String label) {

    public TypeOfBuurt {
        Objects.requireNonNull(typologyId, "typologyId");
        if (number < 1 || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a type needs a number from 1 and a label");
        }
    }
}
