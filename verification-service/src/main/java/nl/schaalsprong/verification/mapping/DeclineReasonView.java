package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "DeclineReason", description = "Why the gemeente declined (\"why not here\"), structured: its kind with"
        + " the dimension or barrier it names, and the words given", example = """
        {"kind":"DIMENSION_DIFFERS","dimension":"STEDELIJKHEID","barrierId":null,
         "text":"Hier wonen vooral gezinnen in grondgebonden woningen"}""")
public record DeclineReasonView(
        @Schema(description = "DIMENSION_DIFFERS, APPROACH_ALREADY_CHOSEN, NO_CAPACITY, BARRIER or OTHER; a decline"
                + " from before the kinds reads as OTHER") DeclineReasonKind kind,
        @Schema(description = "The basis dimension the buurt differs on; only with DIMENSION_DIFFERS",
                example = "STEDELIJKHEID", nullable = true) String dimension,
        @Schema(description = "The lessons-service barrier in the way; only with BARRIER", nullable = true)
        UUID barrierId,
        @Schema(description = "The gemeente's own words; always with OTHER", nullable = true) String text) {

    static DeclineReasonView of(DeclineReason reason) {
        return new DeclineReasonView(reason.kind(), reason.dimension(), reason.barrierId(), reason.text());
    }
}
