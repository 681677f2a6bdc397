package nl.schaalsprong.lessons.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;

/**
 * typology-service's answer to "which buurten are comparable to this one?". A tolerant reader: only the codes
 * and similarities, so typology can add fields without breaking us.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComparableNeighbourhoods(@JsonProperty(value = "comparable", required = true) List<Neighbour> neighbours) {

    public ComparableNeighbourhoods {
        // Required: an answer without the list is a broken contract, not "nothing is comparable".
        neighbours = List.copyOf(Objects.requireNonNull(neighbours, "comparable"));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Neighbour(String code, Double similarity) {
    }
}
