package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.Basis;
import nl.schaalsprong.verification.domain.Criterion;
import nl.schaalsprong.verification.domain.CriterionResult;
import nl.schaalsprong.verification.domain.DimensionDifference;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.WhyComparable;
import nl.schaalsprong.verification.domain.Selection;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.TypologyType;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Verification", description = "Verifying one lesson in one comparable buurt (or, for a lesson that only"
        + " works from a larger scale up, in a whole wijk or gemeente: targetLevel), and where it stands",
        example = """
        {"id":"5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13","lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10",
         "targetBuurtCode":"BU03630105","targetLevel":"BUURT","targetAreaCode":"BU03630105","targetGemeenteCode":"GM0363","targetBuurtName":"Kinkerbuurt",
         "similarity":0.93,"basis":{"name":"standaard","version":1},
         "comparison":{"STEDELIJKHEID":{"distance":0.25,"contribution":0.05}},
         "targetType":{"typologyId":"8a3c7e55-1d2b-4f60-9e8a-0c4d5b6a7f21","number":3,"label":"Vooroorlogse stadswijk"},
         "targetProeftuin":false,"exploratory":false,"selection":"SUGGESTED","component":null,"status":"ACCEPTED","suggestedAt":"2026-11-28T10:15:31Z",
         "sourceEventId":"2f9d5c1e-7a4b-4e8c-b1d2-6c3a9e0f4b57",
         "criteria":[{"indicator":"aandeel huishoudens bereikt","comparison":"AT_LEAST","threshold":60,"unit":"%",
                      "measuredOn":"2027-06-30"}],
         "acceptedAt":"2026-12-01T09:00:00Z","acceptedBy":"gemeente-amsterdam-klp","declineReason":null,
         "declineReasonDetail":null,"declinedAt":null,"declinedBy":null,"results":[],"outcome":null,"adaptations":[],"conditionsPresent":[],
         "concludedAt":null,"concludedBy":null,"version":1,
         "lesson":{"title":"Keukentafelgesprekken over isolatie","recommendation":"Begin met de eigenaren die al willen",
                   "pilot":"Aardgasvrije wijk Paddepoel"},
         "whyComparable":{"similarity":0.93,"differsMostOn":["STEDELIJKHEID"],"alikeOn":[],
                          "summary":"Voorgesteld omdat het voor 93% op de herkomst lijkt; verschilt het meest in STEDELIJKHEID."}}""")
public record VerificationView(
        @Schema(description = "The verification's id") UUID id,
        @Schema(description = "The lesson being verified") UUID lessonId,
        @Schema(deprecated = true, description = "Deprecated: read targetLevel and targetAreaCode. CBS code of the"
                + " buurt to verify the lesson in, kept as it was published (always a string) for the clients built on"
                + " it: for a lesson verified in a whole wijk or gemeente (targetLevel WIJK or GEMEENTE) it holds that"
                + " area's code, the same as targetAreaCode", example = "BU03630105")
        String targetBuurtCode,
        @Schema(description = "The level of the target: BUURT, or WIJK or GEMEENTE for a lesson whose smallest"
                + " effective scale (rightscaling) is above buurt", example = "BUURT") TargetLevel targetLevel,
        @Schema(description = "CBS code of the buurt, wijk or gemeente to verify the lesson in (its level:"
                + " targetLevel); for a buurt the same as targetBuurtCode", example = "BU03630105")
        String targetAreaCode,
        @Schema(description = "CBS code of the target's gemeente, derived from its code (a gemeente target: itself)",
                example = "GM0363")
        String targetGemeenteCode,
        @Schema(description = "Name of the target buurt, wijk or gemeente, when typology-service gave one",
                nullable = true)
        String targetBuurtName,
        @Schema(description = "How comparable the target is to the lesson's origin, 0..1", example = "0.93")
        double similarity,
        @Schema(description = "The comparability basis the similarity was computed on", nullable = true)
        Basis basis,
        @Schema(description = "Per dimension of the basis: Gower distance (null when missing) and the similarity it took away")
        Map<String, DimensionDifference> comparison,
        @Schema(description = "The target's type in typology's current typology", nullable = true)
        TypologyType targetType,
        @Schema(description = "Whether the target has proeftuin status; null when unknown", nullable = true)
        Boolean targetProeftuin,
        @Schema(description = "Drawn at random from further down the comparable ranking (exploration against range"
                + " restriction) rather than among the most similar; evidence counts it like any other")
        boolean exploratory,
        @Schema(description = "SUGGESTED: proposed by the system for being comparable; NOMINATED: chosen by the"
                + " gemeente itself (trying it here), self-selected, so evidence flags a level leaning on it and"
                + " learning weighs it less") Selection selection,
        @Schema(description = "The one approach tag (component) this verification speaks for: a lesson on route"
                + " CIRCULATIE is verified per component, spread evenly over its tags, and the evidence per tag counts"
                + " the verification only for that tag. Null: the whole approach (REPLICATIE and every other lesson)",
                nullable = true, example = "warmte/wijkwarmtenet") String component,
        @Schema(description = "SUGGESTED → ACCEPTED or DECLINED; ACCEPTED → CONCLUDED") VerificationStatus status,
        OffsetDateTime suggestedAt,
        @Schema(description = "Id of the CloudEvent that led to this suggestion") String sourceEventId,
        @Schema(description = "Success criteria, frozen at acceptance; empty before") List<Criterion> criteria,
        @Schema(nullable = true) OffsetDateTime acceptedAt,
        @Schema(description = "Who accepted (token subject)", nullable = true) String acceptedBy,
        @Schema(description = "Why it was declined, in words: the text given, or else the kind said in words;"
                + " null unless declined", nullable = true) String declineReason,
        @Schema(description = "Why it was declined, structured; null unless declined", nullable = true)
        DeclineReasonView declineReasonDetail,
        @Schema(nullable = true) OffsetDateTime declinedAt,
        @Schema(nullable = true) String declinedBy,
        @Schema(description = "Per frozen criterion, what was measured (null: not measured) and whether it was met")
        List<CriterionResult> results,
        @Schema(description = "Set when concluded", nullable = true) Outcome outcome,
        @Schema(description = "How the approach was adapted to the target") List<String> adaptations,
        @Schema(description = "Experiment conditions present in the target") List<ExperimentCondition> conditionsPresent,
        @Schema(nullable = true) OffsetDateTime concludedAt,
        @Schema(nullable = true) String concludedBy,
        @Schema(description = "Optimistic-locking version") long version,
        @Schema(description = "The lesson's title, recommendation and proeftuin; null when the lesson is not known here",
                nullable = true) LessonSummary lesson,
        @Schema(description = "Why the buurt is held comparable to the lesson's origin: similarity, the dimensions it"
                + " differs most and is alike on, and a sentence saying so") WhyComparable whyComparable) {

    /** Without the lesson's content (null: not looked up or not known). */
    public static VerificationView of(Verification v) {
        return of(v, null);
    }

    public static VerificationView of(Verification v, LessonContent lesson) {
        // A null here would break the clients generated from the published document (PublishedDocumentTest).
        return new VerificationView(v.id, v.lessonId, v.targetAreaCode, v.targetLevel, v.targetAreaCode,
                v.targetGemeenteCode, v.targetBuurtName,
                v.similarity, v.basis().orElse(null), v.comparison(), v.targetType().orElse(null),
                v.targetProeftuin(), v.exploratory(), v.selection(), v.component(), v.status, v.suggestedAt, v.sourceEventId,
                v.criteria().map(SuccessCriteria::criteria).orElse(List.of()), v.acceptedAt(), v.acceptedBy(),
                v.declineReason(), v.declineReasonDetail().map(DeclineReasonView::of).orElse(null), v.declinedAt(),
                v.declinedBy(), v.results(), v.outcome(), v.adaptations(),
                v.conditionsPresent(), v.concludedAt(), v.concludedBy(), v.version, LessonSummary.of(lesson),
                WhyComparable.of(v));
    }
}
