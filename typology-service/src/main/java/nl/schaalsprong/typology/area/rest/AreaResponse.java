package nl.schaalsprong.typology.area.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.schaalsprong.typology.area.domain.Area;
import nl.schaalsprong.typology.area.domain.NameMatch;
import nl.schaalsprong.typology.area.service.Areas;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Area", description = "A CBS buurt, wijk or gemeente of 2024 with the areas it lies in")
public record AreaResponse(
        @Schema(description = "CBS code", example = "BU00141001") String code,
        @Schema(description = "Level", enumeration = {"buurt", "wijk", "gemeente"}, example = "buurt") String level,
        @Schema(description = "Name as CBS writes it, at every level (a wijk's from CBS Gebiedsindelingen 2024); "
                + "not unique: 20 wijken are called \"Centrum\", so show a wijk or buurt with its gemeente",
                required = true, example = "Paddepoel-Zuid") String name,
        @Schema(description = "The wijk a buurt lies in; null for a wijk or gemeente", nullable = true)
        Parent wijk,
        @Schema(description = "The gemeente a buurt or wijk lies in; null for a gemeente", nullable = true)
        Parent gemeente,
        @Schema(description = "Inhabitants (CBS KWB 2024); null where CBS has no complete row for a buurt",
                nullable = true, example = "3265") Long inhabitants,
        @Schema(description = "Only in search results: how the name matched, best first: EXACT, PREFIX (the name "
                + "starts with q), WORD_PREFIX (a later word does), CONTAINS", enumeration = {"EXACT", "PREFIX",
                "WORD_PREFIX", "CONTAINS"}, example = "PREFIX")
        @JsonInclude(JsonInclude.Include.NON_NULL) String match) {

    @Schema(name = "AreaParent", description = "An area a buurt or wijk lies in")
    public record Parent(
            @Schema(description = "CBS code", example = "GM0014") String code,
            @Schema(description = "Name as CBS writes it", required = true, example = "Groningen") String name) {
    }

    /**
     * The search's JSON answer, named for the document: the paging of {@code Page} with areas as items. Declared
     * because the answer's example in {@code @Content} would otherwise leave it without a schema, and no validator
     * could check it (PrismProxyIT found that).
     */
    @Schema(name = "AreaPage", description = "One page of areas, best match first, numbered from 0")
    public record PageOf(
            @Schema(description = "The areas on this page") java.util.List<AreaResponse> items,
            @Schema(description = "This page's number, from 0", example = "0") int page,
            @Schema(description = "Maximum items per page", example = "20") int size,
            @Schema(description = "Areas that match in all", example = "2") long total) {
    }

    static AreaResponse from(Area area, Areas areas) {
        return from(area, null, areas);
    }

    static AreaResponse from(Area area, NameMatch match, Areas areas) {
        return new AreaResponse(area.code(), area.level().parameter(), area.name(), parent(area.wijkCode(), areas),
                parent(area.gemeenteCode(), areas), area.inhabitants(), match == null ? null : match.name());
    }

    static Parent parent(String code, Areas areas) {
        return code == null ? null : new Parent(code, areas.get(code).name());
    }
}
