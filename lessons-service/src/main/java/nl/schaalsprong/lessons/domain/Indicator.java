package nl.schaalsprong.lessons.domain;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measured indicator of the outcome in the origin, e.g. 70 % of owners took part on 2021-06-01. Its value is
 * bounded by a trillion either way: no count, share or amount of a proeftuin comes near it.
 */
@Schema(name = "Indicator", description = "A measured indicator of the outcome in the origin")
public record Indicator(
        @Schema(example = "deelname eigenaren") @NotBlank @Size(max = 200) String name,
        @Schema(example = "70", minimum = "-1e12", maximum = "1e12")
        @NotNull @DecimalMin("-1e12") @DecimalMax("1e12") BigDecimal value,
        @Schema(example = "%") @NotBlank @Size(max = 50) String unit,
        @Schema(description = "When it was measured", example = "2021-06-01") @NotNull LocalDate date) {
}
