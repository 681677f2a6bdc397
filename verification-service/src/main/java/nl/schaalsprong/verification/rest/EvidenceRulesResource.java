package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.verification.domain.evidence.EvidenceRule;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.mapping.EvidenceRuleView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;

@Path("/api/v1/evidence-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evidence", description = "What verifications add up to, by published rules")
public class EvidenceRulesResource {

    private final EvidenceRules rules;

    public EvidenceRulesResource(EvidenceRules rules) {
        this.rules = rules;
    }

    @GET
    @Operation(operationId = "getEvidenceRules", summary = "The published evidence rules",
            description = "Levels (tried in order, the first that holds gives the level), supported layers (likewise)"
                    + " and chance risks (each that holds flags toevalsrisico), with Dutch and English descriptions and"
                    + " the configurable thresholds each turns on, with their values and rationale.")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200",
            description = "Every rule, levels first, then layers, then chance risks")
    public List<EvidenceRuleView> rules() {
        List<EvidenceRuleView> views = new ArrayList<>();
        for (List<EvidenceRule> kind : List.of(rules.levels(), rules.layers(), rules.chanceRisks())) {
            for (int i = 0; i < kind.size(); i++) {
                views.add(EvidenceRuleView.of(kind.get(i), i + 1));
            }
        }
        return views;
    }
}
