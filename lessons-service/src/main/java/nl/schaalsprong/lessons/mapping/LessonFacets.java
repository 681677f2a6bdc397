package nl.schaalsprong.lessons.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "LessonFacets", description = "Every value of the asked facets with its count, for the lessons a search"
        + " would find")
public record LessonFacets(
        @Schema(description = "Lessons matching the text and every filter", example = "42") long total,
        @Schema(description = "Per asked facet (theme, route, layer, tag, proeftuin, gemeente, evidence, status) the"
                + " count of every value, each under the filters of the other facets (disjunctive faceting), most"
                + " frequent first, ties by value; no value is cut off")
        Map<String, List<FacetCount>> facets) {
}
