package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.PendingSuggestion;
import nl.schaalsprong.verification.domain.StatusCounts;
import nl.schaalsprong.verification.domain.VerificationStatus;
import nl.schaalsprong.verification.domain.WaitingFor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
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
                   {"status":"CONCLUDED","outcome":"INCONCLUSIVE","verifications":0}],
         "suggestionsWaiting":null}""")
public record StatusCountsView(
        @Schema(description = "The lesson counted") UUID lessonId,
        @Schema(description = "All its verifications", example = "5") long total,
        @Schema(description = "One row per status, CONCLUDED once per outcome") List<Count> counts,
        @Schema(description = "Why the lesson's suggestions have not been made yet, while they wait; null when they"
                + " do not", nullable = true) SuggestionsWaiting suggestionsWaiting) {

    @Schema(name = "SuggestionsWaiting", description = "A tagged lesson whose suggestions wait, and why. TYPOLOGY:"
            + " typology-service could not answer; retried with backoff. ORIGIN_DATA: typology cannot compare any of"
            + " the lesson's origin buurten (or areas) on the comparability basis, for lack of figures (a required"
            + " dimension, or too much of the basis' weight, missing); asked again as soon as typology-service reports"
            + " changed figures in the origin's gemeente or a published basis, so figures a steward imports later serve"
            + " the lesson at once.",
            example = """
            {"waitingFor":"ORIGIN_DATA","since":"2026-12-06T10:15:30Z","attempts":3,
             "nextAttemptAt":"2026-12-06T10:30:30Z",
             "reason":"typology-service answered 422 Unprocessable Entity: BU00140007 lacks AANDEEL_STADSVERWARMING"}""")
    public record SuggestionsWaiting(
            @Schema(description = "What they wait for") WaitingFor waitingFor,
            @Schema(description = "Waiting since (the tagging that could not be served)") OffsetDateTime since,
            @Schema(description = "Attempts made so far", example = "3") int attempts,
            @Schema(description = "When typology is asked again") OffsetDateTime nextAttemptAt,
            @Schema(description = "What typology answered at the last attempt", nullable = true) String reason) {

        static SuggestionsWaiting of(PendingSuggestion pending) {
            return new SuggestionsWaiting(pending.waitingFor, pending.pendingSince, pending.attempts,
                    pending.nextAttemptAt, pending.lastError);
        }
    }

    @Schema(name = "VerificationStatusCount", description = "How many verifications stand in one status (and outcome)")
    public record Count(
            @Schema(description = "The status") VerificationStatus status,
            @Schema(description = "The outcome of the concluded ones; null for the other statuses", nullable = true)
            Outcome outcome,
            @Schema(description = "How many", example = "2") long verifications) {
    }

    public static StatusCountsView of(UUID lessonId, StatusCounts counts, Optional<PendingSuggestion> waiting) {
        return new StatusCountsView(lessonId, counts.total(), counts.counts().stream()
                .map(c -> new Count(c.status(), c.outcome(), c.verifications())).toList(),
                waiting.map(SuggestionsWaiting::of).orElse(null));
    }
}
