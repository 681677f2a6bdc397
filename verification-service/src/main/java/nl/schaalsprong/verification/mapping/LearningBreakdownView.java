package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.mapping.LearningMetricsView.Figures;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "LearningBreakdown", description = "The verification figures of a period per gemeente, route, theme or"
        + " proeftuin status of the target, most suggestions first, and their total")
public record LearningBreakdownView(
        @Schema(description = "What the groups are") LearningDimension by,
        @Schema(description = "First month of the period (YYYY-MM); null = from the start", nullable = true,
                example = "2027-01") String from,
        @Schema(description = "Last month of the period (YYYY-MM); null = up to now", nullable = true,
                example = "2027-12") String to,
        @Schema(description = "Over all groups: each verification once, even when it is in two groups") Group total,
        @Schema(description = "One entry per group with any activity in the period") List<Group> groups) {

    @Schema(name = "LearningGroup", description = "The figures of one group", example = """
            {"key":"GM0014","suggested":40,"accepted":9,"declined":6,"concluded":5,"confirmed":3,"notConfirmed":1,
             "inconclusive":1,"medianDaysToConclusion":212.5,"confirmationRate":0.75,"nullResultShare":0.2}""")
    public record Group(
            @Schema(description = "The gemeente code, route, theme, or proeftuin status (true/false); null for the"
                    + " total, a lesson without routes or tags, or a target of unknown status", nullable = true)
            String key,
            long suggested, long accepted, long declined, long concluded, long confirmed, long notConfirmed,
            long inconclusive,
            @Schema(description = "Median days from suggestion to conclusion; null without conclusions",
                    nullable = true) Double medianDaysToConclusion,
            @Schema(description = "Confirmed share of the decisive conclusions", nullable = true)
            Double confirmationRate,
            @Schema(description = "Share of the conclusions that were null results", nullable = true)
            Double nullResultShare) {

        public static Group of(String key, Figures f) {
            return new Group(key, f.suggested(), f.accepted(), f.declined(), f.concluded(), f.confirmed(),
                    f.notConfirmed(), f.inconclusive(), f.medianDaysToConclusion(), f.confirmationRate(),
                    f.nullResultShare());
        }
    }
}
