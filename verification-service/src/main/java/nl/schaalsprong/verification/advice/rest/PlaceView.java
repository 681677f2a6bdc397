package nl.schaalsprong.verification.advice.rest;

import nl.schaalsprong.verification.advice.domain.AreaContext;
import nl.schaalsprong.verification.advice.service.AdviceQueries;
import nl.schaalsprong.verification.domain.Outcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Where a component was tried: a concluded or declined verification of one of its lessons. */
@Schema(name = "AdvicePlace", description = "A buurt where the component was concluded or declined, and why it is"
        + " comparable")
public record PlaceView(
        UUID verificationId,
        UUID lessonId,
        @Schema(example = "BU03630105") String buurtCode,
        @Schema(nullable = true, example = "Kinkerbuurt") String buurtName,
        @Schema(example = "GM0363") String gemeenteCode,
        @Schema(description = "Its typology type, recorded when it was suggested", nullable = true) String type,
        @Schema(description = "Whether that is (one of) the area's type(s)") boolean inThisType,
        @Schema(description = "CONCLUDED or DECLINED", enumeration = {"CONCLUDED", "DECLINED"}, example = "CONCLUDED")
        String status,
        @Schema(description = "The outcome; null when declined", nullable = true) Outcome outcome,
        @Schema(description = "Why it was declined; null unless declined", nullable = true) String declineReason,
        @Schema(description = "How the approach was adapted there") List<String> adaptations,
        @Schema(description = "Experiment conditions present there (EXTRA_FINANCIERING, VRIJSTELLING, PIONIERS);"
                + " null when not stated (declined)", nullable = true) List<String> conditionsPresent,
        @Schema(description = "Whether it had proeftuin status; null when typology did not say", nullable = true)
        Boolean proeftuin,
        @Schema(description = "Why it is comparable") WhyComparableView whyComparable,
        @Schema(example = "/api/v1/verifications/6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f") String href) {

    @Schema(name = "AdviceWhyComparable", description = "Why a place is comparable: to the asked area when typology"
            + " ranks it (or the area it lies in) among the nearest, by type, and to the lesson's origin as recorded"
            + " when it was suggested")
    public record WhyComparableView(
            @Schema(description = "Similarity to the asked area; null when typology does not rank it among the"
                    + " nearest", nullable = true) AdviceView.LikenessView toThisArea,
            @Schema(description = "Of the area's type") boolean sameType,
            @Schema(description = "Similarity to the lesson's origin, 0..1", example = "0.93") double similarityToOrigin,
            @Schema(description = "The dimensions on which it differs most from the origin, largest first (at most 3)",
                    example = "[\"STEDELIJKHEID\"]") List<String> differsMostFromOriginOn) {
    }

    static PlaceView of(AdviceQueries.PlaceRow row, AreaContext area) {
        return new PlaceView(row.verificationId(), row.lessonId(), row.buurtCode(), row.buurtName(),
                row.gemeenteCode(), row.typeLabel(), row.inAreaType(), row.status(), row.outcome(),
                row.declineReason(), row.adaptations(), row.conditionsPresent(), row.proeftuin(),
                new WhyComparableView(area.likenessOf(row.buurtCode()).map(AdviceView.LikenessView::of).orElse(null),
                        row.inAreaType(), row.similarityToOrigin(), differsMost(row.comparison())),
                "/api/v1/verifications/" + row.verificationId());
    }

    /** The dimensions that took most similarity away, as typology's contributions recorded them. */
    static List<String> differsMost(Map<String, Map<String, Double>> comparison) {
        return comparison.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue().get("contribution") != null
                        && e.getValue().get("contribution") > 0)
                .sorted(Comparator.comparing((Map.Entry<String, Map<String, Double>> e) -> -e.getValue().get("contribution"))
                        .thenComparing(Map.Entry::getKey))
                .limit(3).map(Map.Entry::getKey).toList();
    }

}
