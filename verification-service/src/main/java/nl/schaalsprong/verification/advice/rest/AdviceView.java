package nl.schaalsprong.verification.advice.rest;

import nl.schaalsprong.verification.advice.domain.AreaLevel;
import nl.schaalsprong.verification.advice.domain.Likeness;
import nl.schaalsprong.verification.advice.service.Advice;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of advice for an area, in the repository's paging form (items, page, size, total) plus the area. */
@Schema(name = "Advice", description = "Approach components ranked by how well their success is established in"
        + " buurten of the area's type, with the evidence, the lessons behind each and where each was tried")
public record AdviceView(
        @Schema(description = "The area asked about, with its type(s) on the default basis") AreaView area,
        @Schema(description = "The components on this page, best established first") List<ComponentAdviceView> items,
        @Schema(description = "This page's number, from 0", example = "0") int page,
        @Schema(description = "Maximum components per page", example = "20") int size,
        @Schema(description = "Components the filters admit", example = "42") long total) {

    @Schema(name = "AdviceArea", description = "The area asked about")
    public record AreaView(
            @Schema(description = "CBS code", example = "BU00141002") String code,
            @Schema(description = "Its level") AreaLevel level,
            @Schema(description = "Name as CBS writes it, as typology-service gave it (it names every buurt,"
                    + " wijk and gemeente)",
                    nullable = true, example = "Paddepoel-Noord") String name,
            @Schema(description = "Its typology type(s) in the current typology on the default basis, the most"
                    + " telling first: a buurt's own type; for a wijk or gemeente (typology types buurten only) the"
                    + " types of most verified buurten in it, or else in the areas most comparable to it. Empty when"
                    + " none is known: components are then ranked on their pooled evidence alone",
                    example = "[\"Type 3: stadsverwarming veel hoger dan gemiddeld\"]") List<String> types,
            @Schema(description = "The comparability basis typology compared the area on, as name and version;"
                    + " null when typology could not compare it", nullable = true, example = "warmte-en-wonen v1")
            String basis) {

        static AreaView of(Advice advice) {
            var area = advice.area();
            return new AreaView(area.code(), area.level(), area.name(), area.types(), area.basis());
        }
    }

    @Schema(name = "AdviceLikeness", description = "Why a place is comparable to the asked area: typology's"
            + " similarity on the default basis of the place (for a wijk or gemeente: of the area of that level the"
            + " place lies in) to the asked area, and where they differ most")
    public record LikenessView(
            @Schema(description = "The comparable buurt, wijk or gemeente", example = "BU00141001") String area,
            @Schema(description = "0..1, 1 = alike on every dimension", example = "0.93") double similarity,
            @Schema(description = "The dimension on which they differ most; null when alike on all",
                    nullable = true, example = "AANDEEL_STADSVERWARMING") String differsMostOn) {

        static LikenessView of(Likeness likeness) {
            return likeness == null ? null
                    : new LikenessView(likeness.area(), likeness.similarity(), likeness.differsMostOn());
        }
    }

    static AdviceView of(Advice advice) {
        return new AdviceView(AreaView.of(advice), advice.components().stream()
                .map(c -> ComponentAdviceView.of(c, advice.area())).toList(), advice.page(), advice.size(),
                advice.total());
    }
}
