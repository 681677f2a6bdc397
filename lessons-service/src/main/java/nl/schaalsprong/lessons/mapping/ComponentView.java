package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.ApproachComponent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApproachComponent", description = "An entry of the vocabulary of approach components", example = """
        {"code":"participatie/keukentafelgesprekken","theme":"participatie","label":"Keukentafelgesprekken",
         "description":"Persoonlijke gesprekken met bewoners thuis"}""")
public record ComponentView(String code, String theme, String label,
                            @Schema(description = "Null when the vocabulary gives none", nullable = true)
                            String description) {

    public static ComponentView of(ApproachComponent c) {
        return new ComponentView(c.code, c.theme().code(), c.label, c.description);
    }
}
