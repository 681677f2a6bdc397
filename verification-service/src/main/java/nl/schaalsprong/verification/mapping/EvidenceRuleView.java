package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.evidence.EvidenceRule;
import nl.schaalsprong.verification.domain.evidence.Threshold;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EvidenceRule", description = "One published evidence rule", example = """
        {"name":"REPLICATED","kind":"LEVEL","yields":"REPLICATED","order":3,
         "descriptionNl":"Bevestigd in minstens 2 onafhankelijke gemeenten (niet die van de herkomst), minstens 67% van de beslissende buurten bevestigd, en niet meer dan 33% van de conclusies onbeslist.",
         "descriptionEn":"Confirmed in at least 2 independent gemeenten (not the origin's), at least 67% of the decisive buurten confirming, and no more than 33% of the conclusions inconclusive.",
         "thresholds":[{"key":"replication-gemeenten","value":2,
                        "rationaleNl":"Zoals de What Works Clearinghouse een effect op meer dan één plek vraagt: ...",
                        "rationaleEn":"As the What Works Clearinghouse asks for an effect in more than one site: ..."}]}""")
public record EvidenceRuleView(
        @Schema(description = "The rule's name, as reasons and events refer to it") String name,
        @Schema(description = "LEVEL rules are tried in order and the first that holds gives the level; LAYER rules"
                + " likewise give the supported layer (none when none holds); every CHANCE rule that holds flags"
                + " toevalsrisico") EvidenceRule.Kind kind,
        @Schema(description = "The level, layer or flag the rule gives") String yields,
        @Schema(description = "Position among the rules of its kind, from 1: the order they are tried in") int order,
        String descriptionNl,
        String descriptionEn,
        @Schema(description = "The configurable thresholds the rule turns on, with their values as configured and"
                + " why they have them") List<ThresholdView> thresholds) {

    @Schema(name = "EvidenceThreshold", description = "One configurable threshold of the evidence rules")
    public record ThresholdView(
            @Schema(description = "Configuration key under schaalsprong.verification.evidence",
                    example = "replication-gemeenten") String key,
            @Schema(example = "2") double value,
            String rationaleNl,
            String rationaleEn) {
        static ThresholdView of(Threshold threshold) {
            return new ThresholdView(threshold.key(), threshold.value(), threshold.rationaleNl(),
                    threshold.rationaleEn());
        }
    }

    public static EvidenceRuleView of(EvidenceRule rule, int order) {
        return new EvidenceRuleView(rule.name(), rule.kind(), rule.yields(), order, rule.descriptionNl(),
                rule.descriptionEn(), rule.thresholds().stream().map(ThresholdView::of).toList());
    }
}
