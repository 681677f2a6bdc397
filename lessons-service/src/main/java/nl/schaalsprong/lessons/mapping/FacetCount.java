package nl.schaalsprong.lessons.mapping;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FacetCount", description = "How many lessons would match with this value chosen for its facet, "
        + "under the other facets' filters")
public record FacetCount(
        @Schema(example = "participatie") String value,
        @Schema(description = "A readable name where the value is an id (proeftuin)") String label,
        @Schema(example = "12") long count) {
}
