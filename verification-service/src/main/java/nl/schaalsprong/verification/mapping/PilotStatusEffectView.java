package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.evidence.PilotStatusEffect;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PilotStatusEffect", description = "Confirmation rate in targets known to have had proeftuin status or"
        + " experiment conditions against those known to have had neither (unknown: neither side); the difference"
        + " with Newcombe's 95% interval once each side has minimumPerSide decisive conclusions")
public record PilotStatusEffectView(
        RateView withPilotStatus,
        RateView withoutPilotStatus,
        @Schema(nullable = true, description = "with minus without; null with too few conclusions on either side")
        Double difference,
        @Schema(nullable = true, description = "Lower bound of Newcombe's 95% interval of the difference") Double lower,
        @Schema(nullable = true, description = "Upper bound of Newcombe's 95% interval of the difference") Double upper,
        @Schema(description = "Decisive conclusions needed on each side before a difference is given", example = "3")
        int minimumPerSide) {

    public static PilotStatusEffectView of(PilotStatusEffect effect) {
        return new PilotStatusEffectView(RateView.of(effect.withPilotStatus()), RateView.of(effect.withoutPilotStatus()),
                effect.difference(), effect.lower(), effect.upper(), effect.minimumPerSide());
    }
}
