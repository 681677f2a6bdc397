package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.evidence.ChanceRisk;
import nl.schaalsprong.verification.domain.evidence.Counts;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Schema(name = "LessonEvidence", description = "What a lesson's verifications add up to, by the published rules",
        example = """
        {"lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","level":"INDICATIVE",
         "reasons":["Niet omstreden: 0 keer niet bevestigd tegenover 1 keer bevestigd.",
                    "Niet gevestigd: eerst gerepliceerd. Niet gerepliceerd: bevestigd in 1 gemeente(n) (GM0363), minstens 2 nodig.",
                    "Niet gerepliceerd: bevestigd in 1 gemeente(n) (GM0363), minstens 2 nodig.",
                    "Bevestigd in 1 andere buurt(en) (BU03630105)."],
         "supportedLayer":null,"layerReasons":["Niet generiek: bevestigd in 1 type(n) buurt, minstens 2 nodig.",
         "Geen menu: bevestigd in (Stedelijke vooroorlogse buurten), niet bevestigd in (geen).",
         "Niet specifiek: 1 keer bevestigd, 0 keer niet bevestigd.","Nog te weinig conclusies om een laag te onderbouwen."],
         "confirmedInTypes":["Stedelijke vooroorlogse buurten"],"notConfirmedInTypes":[],
         "chanceRisk":{"flagged":true,"reasons":["Bevestigd op 1 plek buiten de herkomst: te weinig om toeval uit te sluiten."]},
         "counts":{"suggested":8,"accepted":1,"declined":0,"confirmed":1,"notConfirmed":0,"inconclusive":0},
         "pilotStatusEffect":{"withPilotStatus":{"confirmed":0,"decisive":0,"rate":null,"lower":null,"upper":null},
                              "withoutPilotStatus":{"confirmed":1,"decisive":1,"rate":1.0,"lower":0.2065,"upper":1.0},
                              "difference":null,"lower":null,"upper":null,"minimumPerSide":3},
         "confirmationRate":{"confirmed":1,"decisive":1,"rate":1.0,"lower":0.2065,"upper":1.0},
         "nullResultsAsFailures":{"confirmed":1,"decisive":1,"rate":1.0,"lower":0.2065,"upper":1.0},
         "nominatedConclusions":0,"derivedAt":"2027-07-02T14:00:01Z",
         "verifications":[{"id":"5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13",
                           "href":"/api/v1/verifications/5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13",
                           "targetBuurtCode":"BU03630105","targetGemeenteCode":"GM0363",
                           "typeLabel":"Stedelijke vooroorlogse buurten","proeftuin":false,"stage":"CONCLUDED",
                           "outcome":"CONFIRMED","conditionsPresent":[],"nominated":false}]}""")
public record LessonEvidenceView(
        UUID lessonId,
        @Schema(description = "The evidence level") EvidenceLevel level,
        @Schema(description = "Why: one line per level rule tried, strongest first, down to the one that held")
        List<String> reasons,
        @Schema(description = "The layer the evidence supports; null while too few conclusions say", nullable = true)
        Layer supportedLayer,
        @Schema(description = "Why: one line per layer rule tried") List<String> layerReasons,
        @Schema(description = "Typology types where the lesson was confirmed") List<String> confirmedInTypes,
        @Schema(description = "Typology types where it was concluded and never confirmed") List<String> notConfirmedInTypes,
        @Schema(description = "Toevalsrisico") ChanceRisk chanceRisk,
        Counts counts,
        @Schema(description = "Confirmation rate in targets known to have had proeftuin status or experiment"
                + " conditions against those known to have had neither, with the difference and its Newcombe 95%"
                + " interval once each side has minimumPerSide decisive conclusions")
        PilotStatusEffectView pilotStatusEffect,
        @Schema(description = "Confirmed share of the decisive buurten outside the origin, with its 95% Wilson"
                + " interval (lower, upper); rate, lower and upper null while nothing is decisive")
        RateView confirmationRate,
        @Schema(description = "Sensitivity view: the same share with every INCONCLUSIVE conclusion counted as a failure")
        RateView nullResultsAsFailures,
        @Schema(description = "How many of the conclusions outside the origin are in buurten the gemeente nominated"
                + " itself (self-selected) rather than was suggested; they count above, and chance rule SELF_SELECTED"
                + " flags a level that leans on them", example = "0")
        int nominatedConclusions,
        OffsetDateTime derivedAt,
        @Schema(description = "The verification records the evidence rests on") List<VerificationLink> verifications) {

    @Schema(name = "EvidenceVerificationLink", description = "One verification the evidence rests on")
    public record VerificationLink(UUID id,
                                   @Schema(example = "/api/v1/verifications/5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13") String href,
                                   String targetBuurtCode, String targetGemeenteCode,
                                   @Schema(nullable = true) String typeLabel,
                                   @Schema(nullable = true, description = "Whether the target has proeftuin status;"
                                           + " null: unknown (never counted in the lesson's favour)") Boolean proeftuin,
                                   VerificationStage stage, @Schema(nullable = true) Outcome outcome,
                                   @Schema(nullable = true, description = "Experiment conditions present in the"
                                           + " target (empty: none); null until the conclusion states them")
                                   Set<ExperimentCondition> conditionsPresent,
                                   @Schema(description = "The gemeente chose this buurt itself (selection NOMINATED)"
                                           + " rather than it being suggested") boolean nominated) {
        static VerificationLink of(VerificationFact fact) {
            return new VerificationLink(fact.verificationId(), "/api/v1/verifications/" + fact.verificationId(),
                    fact.targetBuurtCode(), fact.targetGemeenteCode(), fact.typeLabel(), fact.proeftuin(),
                    fact.stage(), fact.outcome(), fact.conditionsPresent(), fact.nominated());
        }
    }

    public static LessonEvidenceView of(UUID lessonId, Evidence evidence, List<VerificationFact> facts,
                                        OffsetDateTime derivedAt) {
        return new LessonEvidenceView(lessonId, evidence.level(), evidence.reasons(), evidence.supportedLayer(),
                evidence.layerReasons(), evidence.confirmedInTypes(), evidence.notConfirmedInTypes(),
                evidence.chanceRisk(), evidence.counts(), PilotStatusEffectView.of(evidence.pilotStatusEffect()),
                RateView.of(evidence.confirmationRate()), RateView.of(evidence.nullResultsAsFailures()),
                evidence.nominatedConclusions(), derivedAt,
                facts.stream().map(VerificationLink::of).toList());
    }
}
