package nl.schaalsprong.verification.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * "Why not here", structured: a kind with what it needs. The free-text {@code reason} of before the kinds is still
 * read, as OTHER with that text, so clients that send only it keep working.
 */
@Schema(name = "DeclineRequest", description = "Why the gemeente declines; kept, since \"why not here\" is a lesson"
        + " too. DIMENSION_DIFFERS needs `dimension`, BARRIER needs `barrierId`, OTHER needs `text`; `text` may"
        + " accompany any kind. Sending only the deprecated `reason` declines with OTHER and that text.",
        example = "{\"kind\":\"DIMENSION_DIFFERS\",\"dimension\":\"STEDELIJKHEID\","
                + "\"text\":\"Hier wonen vooral gezinnen in grondgebonden woningen\"}")
public record DeclineRequest(
        @Schema(description = "The kind of reason; required unless the deprecated `reason` is sent",
                nullable = true) DeclineReasonKind kind,
        @Schema(description = "The basis dimension key the buurt differs on; required with DIMENSION_DIFFERS, refused"
                + " otherwise", example = "STEDELIJKHEID", nullable = true)
        @Pattern(regexp = DeclineReason.DIMENSION_FORM, message = "must be a dimension key such as STEDELIJKHEID")
        String dimension,
        @Schema(description = "The id of the barrier in lessons-service that stands in the way; required with BARRIER,"
                + " refused otherwise", example = "7a1e0c9d-2b4f-4e6a-8c3d-5f9b1a2e4c70", nullable = true)
        UUID barrierId,
        @Schema(description = "In the gemeente's own words; required with OTHER", nullable = true,
                example = "Hier wonen vooral gezinnen in grondgebonden woningen")
        @Size(max = DeclineReason.MAX_TEXT) String text,
        @Schema(description = "Deprecated: the free-text reason of before the kinds; alone it means OTHER with this"
                + " text. Send `kind` and `text` instead.", deprecated = true, nullable = true)
        @Size(max = DeclineReason.MAX_TEXT) String reason) {

    /** The structured reason; malformed (400, naming the field) when its kind lacks what it needs. */
    DeclineReason toReason() {
        if (kind == null) {
            if (reason == null || reason.isBlank()) {
                throw new MalformedValueException("a decline needs its kind (DIMENSION_DIFFERS, APPROACH_ALREADY_CHOSEN,"
                        + " NO_CAPACITY, BARRIER or OTHER), or the deprecated reason in words");
            }
            if (dimension != null || barrierId != null || text != null) {
                throw new MalformedValueException("dimension, barrierId and text go with a kind; without one only"
                        + " the deprecated reason is read");
            }
            return DeclineReason.other(reason);
        }
        if (reason != null && text != null) {
            throw new MalformedValueException("give the words once, as text (reason is its deprecated name)");
        }
        return new DeclineReason(kind, dimension, barrierId, text != null ? text : reason);
    }
}
