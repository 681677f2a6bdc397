package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.Theme;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Theme", description = "A theme of the controlled vocabulary", example = """
        {"code":"participatie","label":"Participatie","description":"Bewoners en eigenaren betrekken en laten meebeslissen"}""")
public record ThemeView(String code, String label, String description) {

    public static ThemeView of(Theme theme) {
        return new ThemeView(theme.code(), theme.label(), theme.description());
    }
}
