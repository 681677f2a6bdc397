package nl.schaalsprong.verification.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * typology-service's answer to "which buurten are comparable to this one?". A tolerant reader: it takes only
 * what verification needs and ignores everything else, so typology can add fields without breaking us. Only the
 * list is required; {@code basis}, {@code basisVersion} and each item's {@code type}, {@code proeftuin} and
 * {@code contributions} are read when present.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComparableNeighbourhoods(@JsonProperty(value = NEIGHBOURS, required = true) List<Neighbour> neighbours,
                                       String basis, Integer basisVersion) {

    /**
     * The one place that names typology's list field. It is required: an answer without it is a broken contract,
     * which must fail loudly rather than read as "no comparable buurten".
     */
    public static final String NEIGHBOURS = "comparable";

    public ComparableNeighbourhoods {
        neighbours = List.copyOf(Objects.requireNonNull(neighbours, NEIGHBOURS));
    }

    /** One comparable buurt; all but {@code code} and {@code similarity} are optional. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Neighbour(String code, String name, Double similarity, List<Contribution> contributions,
                            Type type, Boolean proeftuin) {
    }

    /** What one dimension did to the similarity (typology's ContributionResponse). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contribution(String dimension, Double distance, Double contribution) {
    }

    /** The buurt's type in typology's current typology; absent or null when it has none. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Type(UUID typologyId, Integer number, String label) {
    }
}
