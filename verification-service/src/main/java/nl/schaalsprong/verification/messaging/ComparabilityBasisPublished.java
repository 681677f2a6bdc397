package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;

import java.util.List;

/**
 * Our reading of the data of {@code nl.schaalsprong.comparability-basis.published.v1}, owned by typology-service
 * ({@code schemas/comparability-basis.published.v1.json}): only which basis. A new basis version decides anew which
 * figures a comparison needs (TypologyEventsContractTest checks this reading against the producer's schema).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComparabilityBasisPublished(@NotBlank String name) {

    /** The producer's required fields among those we read. */
    static final List<String> REQUIRED = List.of("name");
}
