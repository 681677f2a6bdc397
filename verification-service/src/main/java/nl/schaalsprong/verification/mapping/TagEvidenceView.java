package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.evidence.ChanceRisk;
import nl.schaalsprong.verification.domain.evidence.Counts;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceHeadline;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import nl.schaalsprong.verification.messaging.EvidenceEvents;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "TagEvidence", description = "The evidence for an approach tag: its lessons' verifications pooled,"
        + " by the same rules (distinct buurten, gemeenten and types counted once), and each lesson's own level")
public record TagEvidenceView(
        @Schema(example = "participatie/keukentafelgesprekken") String tag,
        EvidenceLevel level,
        List<String> reasons,
        @Schema(nullable = true) Layer supportedLayer,
        List<String> layerReasons,
        List<String> confirmedInTypes,
        List<String> notConfirmedInTypes,
        ChanceRisk chanceRisk,
        Counts counts,
        PilotStatusEffectView pilotStatusEffect,
        @Schema(description = "Confirmed share of the decisive buurten outside every pooled lesson's origin, each"
                + " buurt once, with its 95% Wilson interval") RateView confirmationRate,
        @Schema(description = "Sensitivity view: INCONCLUSIVE counted as failures") RateView nullResultsAsFailures,
        List<LessonLevel> lessons) {

    @Schema(name = "TagEvidenceLesson", description = "One lesson with the tag")
    public record LessonLevel(UUID lessonId, EvidenceLevel level, @Schema(nullable = true) Layer supportedLayer,
                              boolean chanceRiskFlagged,
                              @Schema(description = "The lesson's own confirmation rate with its 95% Wilson interval")
                              RateView confirmationRate, String href) {
    }

    public static TagEvidenceView of(String tag, Evidence pooled, List<LessonLevel> lessons) {
        return new TagEvidenceView(tag, pooled.level(), pooled.reasons(), pooled.supportedLayer(),
                pooled.layerReasons(), pooled.confirmedInTypes(), pooled.notConfirmedInTypes(), pooled.chanceRisk(),
                pooled.counts(), PilotStatusEffectView.of(pooled.pilotStatusEffect()), RateView.of(pooled.confirmationRate()),
                RateView.of(pooled.nullResultsAsFailures()),
                lessons);
    }

    public static LessonLevel lesson(UUID lessonId, EvidenceHeadline evidence) {
        return new LessonLevel(lessonId, evidence.level(), evidence.supportedLayer(), evidence.chanceRiskFlagged(),
                RateView.of(evidence.confirmationRate()), EvidenceEvents.evidenceUrl(lessonId));
    }
}
