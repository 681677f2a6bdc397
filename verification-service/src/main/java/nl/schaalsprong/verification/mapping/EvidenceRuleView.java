package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.evidence.EvidenceRule;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvidenceRule", description = "One published evidence rule", example = """
        {"name":"REPLICATED","kind":"LEVEL","yields":"REPLICATED","order":3,
         "descriptionNl":"Bevestigd in minstens 2 gemeenten, en minstens twee derde van de beslissende conclusies (bevestigd of niet bevestigd) is bevestigd.",
         "descriptionEn":"Confirmed in at least 2 gemeenten, with at least two thirds of the decisive conclusions (confirmed or not confirmed) confirming."}""")
public record EvidenceRuleView(
        @Schema(description = "The rule's name, as reasons and events refer to it") String name,
        @Schema(description = "LEVEL rules are tried in order and the first that holds gives the level; LAYER rules"
                + " likewise give the supported layer (none when none holds); every CHANCE rule that holds flags"
                + " toevalsrisico") EvidenceRule.Kind kind,
        @Schema(description = "The level, layer or flag the rule gives") String yields,
        @Schema(description = "Position among the rules of its kind, from 1: the order they are tried in") int order,
        String descriptionNl,
        String descriptionEn) {

    public static EvidenceRuleView of(EvidenceRule rule, int order) {
        return new EvidenceRuleView(rule.name(), rule.kind(), rule.yields(), order, rule.descriptionNl(),
                rule.descriptionEn());
    }
}
