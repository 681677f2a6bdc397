package nl.schaalsprong.typology.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NeighbourhoodPair", description = "Two buurten side by side on one basis: how alike, and where not")
public record PairResponse(
        @Schema(description = "The first buurt", example = "BU01630408") String buurt,
        @Schema(description = "The comparability basis name used", example = "standaard") String basis,
        @Schema(description = "Its version", example = "1") int basisVersion,
        @Schema(description = "The second buurt compared with the first; values are the first's, otherValues the "
                + "second's") ComparableNeighbourhoodResponse other) {
}
