package nl.schaalsprong.verification.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LearningMetrics", description = "How well the programme learns: per month (UTC) and overall")
public record LearningMetricsView(
        @Schema(description = "Over all months") Figures overall,
        @Schema(description = "One entry per month in which anything happened, oldest first") List<Figures> perMonth) {

    @Schema(name = "LearningFigures", description = "The figures of one month, or overall", example = """
            {"month":"2027-07","lessonsTagged":4,"suggested":40,"accepted":9,"declined":6,"concluded":5,
             "confirmed":3,"notConfirmed":1,"inconclusive":1,"medianDaysToConclusion":212.5,
             "confirmationRate":0.75,"nullResultShare":0.2,"typologyTypesCovered":3,"gemeentenCovered":4}""")
    public record Figures(
            @Schema(description = "YYYY-MM; null for the overall figures", nullable = true) String month,
            @Schema(description = "Lessons first tagged (for transfer) in the period") long lessonsTagged,
            @Schema(description = "Verifications suggested") long suggested,
            @Schema(description = "Verifications accepted by a gemeente") long accepted,
            @Schema(description = "Verifications declined") long declined,
            @Schema(description = "Verifications concluded, whatever the outcome") long concluded,
            long confirmed, long notConfirmed, long inconclusive,
            @Schema(description = "Median days from suggestion to conclusion of the verifications concluded in the"
                    + " period; null without conclusions", nullable = true) Double medianDaysToConclusion,
            @Schema(description = "Confirmed share of the decisive conclusions (confirmed or not confirmed)",
                    nullable = true) Double confirmationRate,
            @Schema(description = "Share of the conclusions that were null results (INCONCLUSIVE), recorded all"
                    + " the same", nullable = true) Double nullResultShare,
            @Schema(description = "Distinct typology types of the buurten with conclusions") long typologyTypesCovered,
            @Schema(description = "Distinct gemeenten with conclusions") long gemeentenCovered) {
    }
}
