package nl.schaalsprong.lessons.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewLesson", description = "A lesson learned in a proeftuin")
public record NewLesson(
        @Schema(description = "Short statement of the lesson", example = "Keukentafelgesprekken verhogen de deelname")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "What happened and what was learned",
                example = "Na huis-aan-huisgesprekken aan de keukentafel stemde 70% van de eigenaren in.")
        @NotBlank @Size(max = 20000) String text,
        @Schema(description = "The proeftuin it was learned in", example = "Groningen, Paddepoel en Selwerd")
        @NotBlank @Size(max = 200) String pilot,
        @Schema(description = "CBS code of the buurt it was learned in", example = "BU00140000")
        @NotBlank @Pattern(regexp = "BU\\d{4}[0-9A-Z]{4}", message = "must be a CBS buurt code: BU, 4 digits, then 4 digits or capitals")
        String originBuurtCode) {
}
