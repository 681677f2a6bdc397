package nl.schaalsprong.verification.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "NominationRequest",
        description = "A gemeente's own buurt for a lesson, with the success criteria registered before anything is measured",
        example = """
        {"lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","buurtCode":"BU03630105",
         "criteria":[{"indicator":"aandeel huishoudens bereikt met keukentafelgesprek","comparison":"AT_LEAST",
                      "threshold":60,"unit":"%","measuredOn":"2027-06-30"}]}""")
public record NominationRequest(
        @Schema(description = "The lesson to verify, as lessons-service tagged it", example = "0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
        @NotNull @Pattern(regexp = VerificationResource.UUID_FORMAT, message = "must be a UUID") String lessonId,
        @Schema(description = "CBS code of the gemeente's own buurt to try it in", example = "BU03630105")
        @NotNull @Pattern(regexp = BUURT_FORMAT, message = "must be a CBS buurt code (BU + 8 digits or capitals)")
        String buurtCode,
        @NotEmpty @Size(max = 20) List<AcceptRequest.@Valid @NotNull CriterionRequest> criteria) {

    static final String BUURT_FORMAT = "BU[0-9]{4}[0-9A-Z]{4}";

    UUID lesson() {
        return UUID.fromString(lessonId);
    }

    BuurtCode buurt() {
        return new BuurtCode(buurtCode);
    }

    SuccessCriteria toCriteria() {
        return new AcceptRequest(criteria).toCriteria();
    }
}
