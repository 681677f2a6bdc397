package nl.schaalsprong.lessons.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "LessonSearchPage", description = "One page of found lessons, numbered from 0, with facet counts")
public record SearchPage(
        List<SearchHit> items,
        @Schema(example = "0") int page,
        @Schema(example = "20") int size,
        @Schema(description = "Lessons matching the text and every filter", example = "42") long total,
        @Schema(description = "The order applied: relevance, date or evidence", example = "relevance") String sort,
        @Schema(description = "Per facet (theme, route, layer, tag, proeftuin, gemeente, evidence, status) the counts "
                + "per value, each under the filters of the other facets (disjunctive faceting), most frequent "
                + "first; tag, proeftuin and gemeente show their 20 most frequent values plus any chosen one (every value: "
                + "GET /api/v1/lessons/facets)")
        Map<String, List<FacetCount>> facets) {
}
