package nl.schaalsprong.lessons.domain;

import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rightscaling: the scale at which an approach was applied and the range of scales at which it is expected to
 * work. An approach applied outside its own expected range is a contradiction, so it cannot be built.
 */
@Schema(name = "Rightscaling", description = "Applied scale and expected range; smallest <= appliedAt <= largest")
public record Rightscaling(
        @Schema(example = "BUURT") @NotNull Scale appliedAt,
        @Schema(example = "STRAAT") @NotNull Scale smallest,
        @Schema(example = "WIJK") @NotNull Scale largest) {

    public Rightscaling {
        if (appliedAt != null && smallest != null && largest != null
                && (smallest.compareTo(appliedAt) > 0 || appliedAt.compareTo(largest) > 0)) {
            throw new RuleViolationException("rightscaling must have smallest <= appliedAt <= largest, got "
                    + smallest + " <= " + appliedAt + " <= " + largest);
        }
    }
}
