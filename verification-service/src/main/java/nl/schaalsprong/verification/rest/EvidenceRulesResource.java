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

    @GET
    @Operation(summary = "The published evidence rules",
            description = "Levels (tried in order, the first that holds gives the level), supported layers (likewise)"
                    + " and chance risks (each that holds flags toevalsrisico), with Dutch and English descriptions.")
    public List<EvidenceRuleView> rules() {
        List<EvidenceRuleView> views = new ArrayList<>();
        for (List<EvidenceRule> kind : List.of(EvidenceRules.LEVELS, EvidenceRules.LAYERS, EvidenceRules.CHANCE_RISKS)) {
            for (int i = 0; i < kind.size(); i++) {
                views.add(EvidenceRuleView.of(kind.get(i), i + 1));
            }
        }
        return views;
    }
}
