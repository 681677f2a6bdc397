package nl.schaalsprong.verification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * typology-service's answer to "which buurten are comparable to this one?". A tolerant reader: it takes only
 * what verification needs and ignores everything else, so typology can add fields without breaking us.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComparableNeighbourhoods(@JsonProperty(value = NEIGHBOURS, required = true) List<Neighbour> neighbours) {

    /**
     * The one place that names typology's list field. It is required: an answer without it is a broken contract,
     * which must fail loudly rather than read as "no comparable buurten".
     */
    public static final String NEIGHBOURS = "comparable";

    public ComparableNeighbourhoods {
        neighbours = List.copyOf(java.util.Objects.requireNonNull(neighbours, NEIGHBOURS));
    }

    /** One comparable buurt; {@code name} is optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Neighbour(String code, String name, Double similarity) {
    }
}
