package nl.schaalsprong.typology.area.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.schaalsprong.typology.area.domain.AreaProfiles;
import nl.schaalsprong.typology.area.domain.AreaType;
import nl.schaalsprong.typology.area.domain.ComparableArea;
import nl.schaalsprong.typology.area.service.AreaComparisons;
import nl.schaalsprong.typology.area.service.Areas;
import nl.schaalsprong.typology.rest.ContributionResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ComparableAreas", description = "The wijken or gemeenten most comparable to one, most similar first; "
        + "equal similarity by code. Their values are derived from their buurten (see `values`)")
public record ComparableAreasResponse(
        @Schema(description = "The area compared against") AreaResponse area,
        @Schema(description = "How many of its buurten have figures: its values are derived from these",
                example = "4") int buurten,
        @Schema(description = "How many of its buurten are marked as proeftuin (PROEFTUIN_STATUS = ja)", minimum = "0",
                example = "1") int proeftuinBuurten,
        @Schema(description = "Its derived value on each dimension of the basis, in the basis' order")
        List<DerivedValue> values,
        @Schema(description = "Its type in the current typology: the type most of its inhabitants' buurten have; null "
                + "when no typology is published or none of its buurten is typed", nullable = true) AreaTypeResponse type,
        @Schema(description = "The basis' dimensions, in the basis' order",
                example = "[\"LOG_BEVOLKINGSDICHTHEID\",\"GEMIDDELDE_HUISHOUDENSGROOTTE\","
                        + "\"AANDEEL_HUISHOUDENS_MET_KINDEREN\",\"STEDELIJKHEID\",\"AANDEEL_65_PLUS\"]")
        List<String> dimensions,
        @Schema(description = "The comparability basis name used", example = "standaard") String basis,
        @Schema(description = "Its version", example = "1") int basisVersion,
        @Schema(description = "At most `limit` other areas of the same level, ranked") List<Comparable> comparable) {

    @Schema(name = "DerivedAreaValue", description = "An area's value on one dimension, derived from its buurten: "
            + "the inhabitant-weighted mean (numeric; ordinal on its level scale, so stedelijkheid 2.4 lies between "
            + "classes 2 and 3) or the level with the most inhabitants (categorical)")
    public record DerivedValue(
            @Schema(description = "Dimension key", example = "STEDELIJKHEID") String dimension,
            @Schema(description = "The value; null when the buurten with a value hold less than half the "
                    + "inhabitants", nullable = true, example = "1.6") Object value,
            @Schema(description = "Share of the area's inhabitants (in buurten with figures) whose buurt has a "
                    + "value, 0..1", example = "1.0") double coverage) {

        static DerivedValue from(AreaProfiles.Value value) {
            return new DerivedValue(value.dimension().value(), value.value(), value.coverage());
        }
    }

    @Schema(name = "ComparableArea", description = "A wijk or gemeente comparable to the asked one, and why")
    public record Comparable(
            @Schema(description = "CBS code", example = "WK036305") String code,
            @Schema(description = "Name as CBS writes it", required = true, example = "Amersfoort") String name,
            @Schema(description = "The gemeente a wijk lies in; null for a gemeente", nullable = true)
            AreaResponse.Parent gemeente,
            @Schema(description = "Inhabitants (CBS KWB 2024)", nullable = true, example = "24920") Long inhabitants,
            @Schema(description = "1 − weighted mean Gower distance over the compared dimensions; 1 = alike on all",
                    minimum = "0", maximum = "1", example = "0.9731") double similarity,
            @Schema(description = "How many dimensions of the basis both have values for", example = "5")
            int comparedDimensions,
            @Schema(description = "Share of the basis' weight left out because a value was missing on either side",
                    minimum = "0", maximum = "1", example = "0") double missingWeight,
            @Schema(description = "Dimension where they differ most; null when alike on all", nullable = true,
                    example = "AANDEEL_65_PLUS") String differsMostOn,
            @Schema(description = "Whether any of its buurten is marked as proeftuin (PROEFTUIN_STATUS = ja): a "
                    + "success there may lean on pilot conditions", example = "false") boolean proeftuin,
            @Schema(description = "How many of its buurten are marked as proeftuin", minimum = "0", example = "0")
            int proeftuinBuurten,
            @Schema(description = "Its type in the current typology: the type most of its inhabitants' buurten have; "
                    + "null when no typology is published or none of its buurten is typed", nullable = true)
            AreaTypeResponse type,
            @Schema(description = "Per dimension of the basis, largest difference first; values are the derived "
                    + "ones. Only with `explain=true`: without, the field is absent")
            @JsonInclude(JsonInclude.Include.NON_NULL) List<ContributionResponse> contributions) {

        static Comparable from(AreaComparisons.Ranked ranked, Areas areas) {
            ComparableArea found = ranked.comparison();
            return new Comparable(found.code(), ranked.area().name(),
                    AreaResponse.parent(ranked.area().gemeenteCode(), areas), ranked.area().inhabitants(),
                    found.similarity(), found.comparedDimensions(), found.missingWeight(),
                    found.differsMostOn() == null ? null : found.differsMostOn().value(),
                    found.proeftuinBuurten() > 0, found.proeftuinBuurten(), AreaTypeResponse.from(ranked.type()),
                    found.contributions() == null ? null
                            : found.contributions().stream().map(ContributionResponse::from).toList());
        }
    }

    @Schema(name = "AreaType", description = "A wijk's or gemeente's type in a typology: typologies type buurten, so "
            + "this is the type most of its inhabitants live in, with their share of the inhabitants of its typed "
            + "buurten (near 1: the area is that type; low: a patchwork)",
            example = "{\"typologyId\": \"5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c\", \"number\": 3, "
                    + "\"label\": \"Type 3: bevolkingsdichtheid veel hoger dan gemiddeld\", \"share\": 0.72}")
    public record AreaTypeResponse(
            @Schema(description = "The typology", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") UUID typologyId,
            @Schema(description = "The type's number, 1..k", example = "3") int number,
            @Schema(description = "The type's label", example = "Type 3: bevolkingsdichtheid veel hoger dan gemiddeld")
            String label,
            @Schema(description = "Share of the inhabitants of its typed buurten who live in a buurt of this type",
                    minimum = "0", maximum = "1", example = "0.72") double share) {

        static AreaTypeResponse from(AreaType type) {
            return type == null ? null : new AreaTypeResponse(type.type().typologyId(), type.type().number(),
                    type.type().label(), type.share());
        }
    }

    static ComparableAreasResponse from(AreaComparisons.Comparison comparison, Areas areas) {
        return new ComparableAreasResponse(AreaResponse.from(comparison.area(), areas), comparison.buurten(),
                comparison.proeftuinBuurten(),
                comparison.values().stream().map(DerivedValue::from).toList(),
                AreaTypeResponse.from(comparison.type()),
                comparison.basis().weights().stream().map(w -> w.dimension().value()).toList(),
                comparison.basis().name().value(), comparison.basis().version(),
                comparison.comparable().stream().map(ranked -> Comparable.from(ranked, areas)).toList());
    }
}
