package nl.schaalsprong.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer, stably ordered list. {@code total} lets a dashboard show "page 3 of 12" without
 * fetching everything.
 */
@Schema(description = "One page of results, numbered from 0")
public record Page<T>(
        @Schema(description = "The items on this page") List<T> items,
        @Schema(description = "This page's number, from 0", example = "0") int page,
        @Schema(description = "Maximum items per page", example = "20") int size,
        @Schema(description = "Items in the whole list", example = "42") long total) {

    public static final int MAX_SIZE = 200;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
