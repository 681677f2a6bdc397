package nl.schaalsprong.verification.domain;

import java.util.Objects;
import java.util.UUID;

/** The type a buurt belongs to in a published typology (typology-service): what "spread over types" spreads over. */
public record TypologyType(UUID typologyId, int number, String label) {
    public TypologyType {
        Objects.requireNonNull(typologyId, "typologyId");
    }
}
