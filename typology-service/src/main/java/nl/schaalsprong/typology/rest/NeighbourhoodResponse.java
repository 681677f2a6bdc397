package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.domain.Neighbourhood;
import nl.schaalsprong.typology.service.NeighbourhoodQueries;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.Map;

@Schema(name = "Neighbourhood", description = "A CBS buurt with its place in the hierarchy and its CBS kerncijfers")
public record NeighbourhoodResponse(
        @Schema(description = "CBS buurt code", example = "BU01630408") String code,
        @Schema(description = "Buurt name as CBS publishes it", example = "'n Oaln Diek") String name,
        @Schema(description = "CBS wijk code, derived from the buurt code", example = "WK016304") String wijkCode,
        @Schema(description = "CBS gemeente code, derived from the buurt code", example = "GM0163") String gemeenteCode,
        @Schema(description = "Gemeente name", example = "Hellendoorn") String gemeenteName,
        @Schema(description = "The KWB year the figures describe", example = "2024") int year,
        @Schema(description = "CBS figures by name; a figure CBS did not publish is absent",
                example = """
                        {"aantalInwoners":815,"bevolkingsdichtheid":2754,"gemiddeldeHuishoudensgrootte":2.5,
                         "huishoudensMetKinderen":135,"huishoudensTotaal":325,"stedelijkheid":4}""")
        Map<String, Number> kerncijfers,
        @Schema(description = "Values stewards set on settable dimensions, by dimension key",
                example = """
                        {"PROEFTUIN_STATUS":{"dimension":"PROEFTUIN_STATUS","value":"ja",
                         "setAt":"2026-11-28T10:15:30Z","setBy":"steward@gemeente.nl"}}""")
        Map<String, AttributeResponse> attributes) {

    static NeighbourhoodResponse from(NeighbourhoodQueries.BuurtView view) {
        Neighbourhood buurt = view.buurt();
        Map<String, AttributeResponse> attributes = new LinkedHashMap<>();
        view.attributes().forEach(a -> attributes.put(a.key().value(), AttributeResponse.from(a)));
        Map<String, Number> figures = new LinkedHashMap<>();
        buurt.kerncijfers().asMap().forEach((figure, value) -> figures.put(figure.jsonName(),
                figure.kind() == Kerncijfer.Kind.DECIMAL ? value : (Number) Math.round(value)));
        return new NeighbourhoodResponse(buurt.code().value(), buurt.name(), buurt.wijkCode().value(),
                buurt.gemeenteCode().value(), buurt.gemeenteNaam(), buurt.importYear(), figures, attributes);
    }
}
