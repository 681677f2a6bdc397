package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.StatusCounts;
import nl.schaalsprong.verification.domain.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "VerificationStatusCounts", description = "A lesson's verifications counted by status, the concluded"
        + " ones by outcome: every status and outcome, zeros included, in lifecycle order",
        example = """
        {"lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","total":5,
         "counts":[{"status":"SUGGESTED","outcome":null,"verifications":2},
                   {"status":"ACCEPTED","outcome":null,"verifications":1},
                   {"status":"DECLINED","outcome":null,"verifications":1},
                   {"status":"CONCLUDED","outcome":"CONFIRMED","verifications":1},
                   {"status":"CONCLUDED","outcome":"NOT_CONFIRMED","verifications":0},
                   {"status":"CONCLUDED","outcome":"INCONCLUSIVE","verifications":0}]}""")
public record StatusCountsView(
        @Schema(description = "The lesson counted") UUID lessonId,
        @Schema(description = "All its verifications", example = "5") long total,
        @Schema(description = "One row per status, CONCLUDED once per outcome") List<Count> counts) {

    @Schema(name = "VerificationStatusCount", description = "How many verifications stand in one status (and outcome)")
    public record Count(
            @Schema(description = "The status") VerificationStatus status,
            @Schema(description = "The outcome of the concluded ones; null for the other statuses", nullable = true)
            Outcome outcome,
            @Schema(description = "How many", example = "2") long verifications) {
    }

    public static StatusCountsView of(UUID lessonId, StatusCounts counts) {
        return new StatusCountsView(lessonId, counts.total(), counts.counts().stream()
                .map(c -> new Count(c.status(), c.outcome(), c.verifications())).toList());
    }
}
