package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.Neighbourhood;
import nl.schaalsprong.typology.figure.domain.FigureValue;
import nl.schaalsprong.typology.service.NeighbourhoodQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Schema(name = "Neighbourhood", description = "A CBS buurt with its place in the hierarchy and its figures")
public record NeighbourhoodResponse(
        @Schema(description = "CBS buurt code", example = "BU01630408") String code,
        @Schema(description = "Buurt name as CBS publishes it", example = "'n Oaln Diek") String name,
        @Schema(description = "CBS wijk code, derived from the buurt code", example = "WK016304") String wijkCode,
        @Schema(description = "CBS gemeente code, derived from the buurt code", example = "GM0163") String gemeenteCode,
        @Schema(description = "Gemeente name", example = "Hellendoorn") String gemeenteName,
        @Schema(description = "The year of the file that last named the buurt", example = "2024") int year,
        @Schema(description = "Figure values by figure key (GET /api/v1/figures), each the newest year the buurt has "
                + "(a number, or a level for ordinal and categorical figures); a figure without any value is absent",
                example = """
                        {"AANTAL_INWONERS":815,"BEVOLKINGSDICHTHEID":2754,"GEMIDDELDE_HUISHOUDENSGROOTTE":2.5,
                         "STEDELIJKHEID":"4"}""")
        Map<String, Object> figures,
        @Schema(description = "The year of each value in `figures`, by figure key",
                example = "{\"AANTAL_INWONERS\":2024,\"STEDELIJKHEID\":2024}")
        Map<String, Integer> figureYears,
        @Schema(description = "Every stored value, every year, by figure key and then newest year first")
        List<FigureValueResponse> figureHistory,
        @Schema(description = "Values stewards set on settable dimensions, by dimension key",
                example = """
                        {"PROEFTUIN_STATUS":{"dimension":"PROEFTUIN_STATUS","value":"ja",
                         "setAt":"2026-11-28T10:15:30Z","setBy":"steward@gemeente.nl"}}""")
        Map<String, AttributeResponse> attributes) {

    @Schema(name = "FigureValue", description = "One stored value of a figure, with the year it describes")
    public record FigureValueResponse(
            @Schema(description = "Figure key", example = "AANTAL_INWONERS") String figure,
            @Schema(description = "Source year", example = "2024") int year,
            @Schema(description = "A number, or a level", example = "815") Object value) {
    }

    static NeighbourhoodResponse from(NeighbourhoodQueries.BuurtView view) {
        Neighbourhood buurt = view.buurt();
        Map<String, AttributeResponse> attributes = new LinkedHashMap<>();
        view.attributes().forEach(a -> attributes.put(a.key().value(), AttributeResponse.from(a)));
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<String, Integer> years = new LinkedHashMap<>();
        List<FigureValueResponse> history = new java.util.ArrayList<>();
        for (FigureValue value : view.figures()) {
            // Newest year first per figure, so the first one met is the one searches use.
            if (figures.putIfAbsent(value.figure().value(), shown(value)) == null) {
                years.put(value.figure().value(), value.year());
            }
            history.add(new FigureValueResponse(value.figure().value(), value.year(), shown(value)));
        }
        return new NeighbourhoodResponse(buurt.code().value(), buurt.name(), buurt.wijkCode().value(),
                buurt.gemeenteCode().value(), buurt.gemeenteNaam(), buurt.importYear(), figures, years, history,
                attributes);
    }

    /** Whole numbers as integers (counts read as counts), other numbers as they are, levels as text. */
    private static Object shown(FigureValue value) {
        Double number = value.value().number();
        if (number != null && number == Math.rint(number) && Math.abs(number) < 1e15) {
            return number.longValue();
        }
        return value.value().shown();
    }
}
