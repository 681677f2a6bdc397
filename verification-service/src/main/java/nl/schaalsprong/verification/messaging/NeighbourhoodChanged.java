package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/**
 * Our reading of the data of {@code nl.schaalsprong.neighbourhood.changed.v1}, owned by typology-service
 * ({@code schemas/neighbourhood.changed.v1.json}): only which buurt changed. Which figures changed does not matter
 * here: whether the buurt can now be compared is typology's to say when the waiting lesson asks again
 * (TypologyEventsContractTest checks this reading against the producer's schema).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NeighbourhoodChanged(@NotNull String code) {

    /** The producer's required fields among those we read. */
    static final List<String> REQUIRED = List.of("code");
}
