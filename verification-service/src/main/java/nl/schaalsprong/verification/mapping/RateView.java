package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.evidence.ConfirmationRate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ConfirmationRate", description = "Confirmed share of decisive conclusions with its 95% Wilson interval",
        example = """
        {"confirmed":2,"decisive":2,"rate":1.0,"lower":0.3424,"upper":1.0}""")
public record RateView(
        @Schema(description = "Decisive conclusions (buurten) that confirmed") int confirmed,
        @Schema(description = "Decisive conclusions (buurten): confirmed or not confirmed") int decisive,
        @Schema(nullable = true, description = "confirmed / decisive; null when nothing is decisive") Double rate,
        @Schema(nullable = true, description = "Lower bound of the 95% Wilson interval") Double lower,
        @Schema(nullable = true, description = "Upper bound of the 95% Wilson interval") Double upper) {

    public static RateView of(ConfirmationRate rate) {
        return new RateView(rate.confirmed(), rate.decisive(), rate.rate(), rate.lower(), rate.upper());
    }
}
