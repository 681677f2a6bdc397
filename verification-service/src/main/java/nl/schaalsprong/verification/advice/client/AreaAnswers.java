package nl.schaalsprong.verification.advice.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * Our tolerant reading of typology-service's answers about areas: only the fields the advice needs
 * ({@code AreaResponse}, {@code TypologyOfNeighbourhoodResponse}, {@code ComparableNeighbourhoodsResponse},
 * {@code ComparableAreasResponse} there; AreaAnswersContractTest checks them against those records).
 */
public final class AreaAnswers {

    private AreaAnswers() {
    }

    /** {@code GET /api/v1/areas/{code}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Area(String code, String level, String name) {
    }

    /** {@code GET /api/v1/neighbourhoods/{code}/type}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BuurtType(String code, Type type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Type(Integer number, String label) {
    }

    /** {@code GET /api/v1/neighbourhoods/{code}/comparable}, {@code /wijken/...} and {@code /gemeenten/...}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparables(String basis, Integer basisVersion, List<Comparable> comparable) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparable(String code, Double similarity, String differsMostOn) {
    }
}
