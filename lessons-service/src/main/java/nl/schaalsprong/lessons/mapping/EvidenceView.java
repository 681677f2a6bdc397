package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.evidence.Evidence;
import nl.schaalsprong.lessons.domain.evidence.OutcomeCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "LessonEvidence", description = "What verifications in other buurten say about a lesson, as "
        + "verification-service derived it; ORIGIN_ONLY with zero counts until anything has arrived",
        example = """
                {"lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","level":"INDICATIVE",
                 "reasons":["Bevestigd in 1 andere buurt (BU03630105)."],"claimedLayer":"MENU","supportedLayer":null,
                 "confirmedInTypes":["Stedelijke vooroorlogse buurten"],"notConfirmedInTypes":[],
                 "chanceRisk":{"flagged":true,"reasons":["Bevestigd op 1 plek buiten de herkomst: te weinig om toeval uit te sluiten."]},
                 "counts":{"suggested":8,"accepted":1,"declined":0,"confirmed":1,"notConfirmed":0,"inconclusive":0},
                 "derivedAt":"2027-07-02T14:00:01Z",
                 "records":"https://verification.schaalsprong.nl/api/v1/evidence/lessons/0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10"}""")
public record EvidenceView(
        UUID lessonId,
        String level,
        List<String> reasons,
        @Schema(description = "The layer the lesson claims for itself; null when it claims none or is not indexed",
                nullable = true)
        String claimedLayer,
        @Schema(description = "The layer the evidence supports; null while too few verifications are concluded",
                nullable = true)
        String supportedLayer,
        List<String> confirmedInTypes,
        List<String> notConfirmedInTypes,
        @Schema(description = "Toevalsrisico: the success may rest on chance or on experiment conditions")
        Chance chanceRisk,
        Counts counts,
        @Schema(description = "When verification-service derived this; null while only concluded verifications arrived",
                nullable = true)
        OffsetDateTime derivedAt,
        @Schema(description = "Absolute link to the lesson's verification records in verification-service")
        String records) {

    public record Chance(boolean flagged, List<String> reasons) {
    }

    public record Counts(int suggested, int accepted, int declined, int confirmed, int notConfirmed, int inconclusive) {
    }

    /**
     * @param verificationBase verification-service's public base URL; the link is its evidence path for the
     *                         lesson, or its list of the lesson's verifications while no evidence path arrived
     */
    public static EvidenceView of(Evidence evidence, String claimedLayer, String verificationBase) {
        OutcomeCounts c = evidence.counts();
        String path = evidence.evidencePath() != null ? evidence.evidencePath()
                : "/api/v1/verifications?lessonId=" + evidence.lessonId();
        return new EvidenceView(evidence.lessonId(), evidence.level().name(), evidence.reasons(), claimedLayer,
                evidence.supportedLayer() == null ? null : evidence.supportedLayer().name(),
                evidence.confirmedInTypes(), evidence.notConfirmedInTypes(),
                new Chance(evidence.chanceRisk().flagged(), evidence.chanceRisk().reasons()),
                new Counts(c.suggested(), c.accepted(), c.declined(), c.confirmed(), c.notConfirmed(), c.inconclusive()),
                evidence.derivedAt(), absolute(verificationBase, path));
    }

    /** A path from an event is joined to the base; an already absolute URL is kept as it is. */
    static String absolute(String base, String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return trimmed + (path.startsWith("/") ? path : "/" + path);
    }
}
