package nl.schaalsprong.lessons.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Everything the author of a lesson writes; a revision replaces it as a whole. A draft may be incomplete:
 * completeness is the quality gate's job at publication, not the parser's. Lists are normalised (no nulls, no
 * duplicates, vocabularies sorted) so two equal contents compare equal.
 */
@Schema(name = "LessonContent", description = "What the author of a lesson writes")
public record LessonContent(
        @Schema(example = "Keukentafelgesprekken verhogen de deelname") @NotBlank @Size(max = 200) String title,
        @Schema(description = "Context or driving event: what happened; null in a draft without one", nullable = true,
                example = "Bij de eerste informatieavond kwamen 40 van de 900 huishoudens.")
        @Size(max = 20000) String context,
        @Schema(description = "The approach component (module) the lesson concerns; null in a draft without one",
                example = "participatie/keukentafelgesprekken", nullable = true)
        @Size(max = 200) String module,
        @Schema(description = "The lesson; null in a draft without one", nullable = true,
                example = "Persoonlijke gesprekken aan de keukentafel bereiken wie niet naar avonden komt.")
        @Size(max = 20000) String lesson,
        @Schema(example = "Plan per straat een ronde keukentafelgesprekken vóór het aanbod.", nullable = true)
        @Size(max = 20000) String recommendation,
        @Schema(description = "Outcome in the origin; null in a draft without one", example = "SUCCESS", nullable = true)
        Outcome outcome,
        @Size(max = 50) List<@Valid Indicator> indicators,
        @Schema(example = "[\"https://www.aardgasvrijewijken.nl/proeftuinen\"]")
        @Size(max = 50) List<@Pattern(regexp = "https?://\\S{1,2000}", message = "must be an http(s) URL") String> evidenceLinks,
        @Schema(description = "Id of the origin proeftuin", example = "groningen-paddepoel-en-selwerd")
        @NotBlank @Size(max = 127) String proeftuinId,
        @Schema(example = "[\"BU00140000\"]")
        @Size(max = 50) List<@Pattern(regexp = "BU\\d{4}[0-9A-Z]{4}",
                message = "must be a CBS buurt code: BU, 4 digits, then 4 digits or capitals") String> originBuurtCodes,
        @Schema(example = "[\"participatie\"]") List<Theme> themes,
        @Schema(example = "[\"REPLICATIE\"]") List<Route> routes,
        @Schema(example = "MENU", nullable = true) Layer claimedLayer,
        @Schema(description = "Null when not given (required at publication for some routes)", nullable = true)
        @Valid Rightscaling rightscaling,
        @Size(max = 50) List<@Valid Skill> skills,
        @Schema(example = "[\"EXTRA_FINANCIERING\"]") List<ExperimentCondition> experimentConditions,
        @Schema(description = "Required for lessons on the INSTITUTIONALISERING route; null otherwise", nullable = true)
        @Valid BarrierSection barrier,
        @Schema(description = "The rule the proeftuin was exempted from; required for lessons whose experiment"
                + " conditions include VRIJSTELLING, null otherwise", nullable = true)
        @Valid ExemptionSection exemption) {

    public LessonContent {
        title = strip(title);
        context = strip(context);
        module = strip(module);
        lesson = strip(lesson);
        recommendation = strip(recommendation);
        proeftuinId = strip(proeftuinId);
        indicators = distinct(indicators);
        evidenceLinks = distinct(evidenceLinks);
        originBuurtCodes = distinct(originBuurtCodes);
        themes = sorted(themes);
        routes = sorted(routes);
        skills = distinct(skills);
        experimentConditions = sorted(experimentConditions);
    }

    public boolean speaksTo(Route route) {
        return routes.contains(route);
    }

    public boolean leansOn(ExperimentCondition condition) {
        return experimentConditions.contains(condition);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static <T> List<T> distinct(Collection<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).distinct().toList();
    }

    private static <T extends Enum<T>> List<T> sorted(Collection<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }
}
