package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.lessons.domain.LessonStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One search: optional text, facet filters (values of one facet are alternatives, facets must all hold),
 * an order and a page. Without a status filter only published lessons are searched.
 *
 * @param text    null when the client gave no text to match
 * @param filters per facet the accepted values; a facet without values does not filter
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters, SortOrder sort, int page, int size) {

    public static final int MAX_SIZE = 100;
    /** Deep enough to page through any real result; keeps the hits held for one page bounded. */
    public static final int MAX_PAGE = 1000;
    public static final int MAX_TEXT = 200;

    public SearchQuery {
        if (page < 0 || page > MAX_PAGE) {
            throw new SearchRejectedException("page must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new SearchRejectedException("size must be between 1 and " + MAX_SIZE);
        }
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Collections.unmodifiableSet(new TreeSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
    }

    /** Reads raw request values, normalising each facet value and applying the defaults. */
    public static SearchQuery of(String text, Map<Facet, List<String>> raw, String sort, int page, int size) {
        String q = text == null || text.isBlank() ? null : text.strip();
        if (q != null && q.length() > MAX_TEXT) {
            throw new SearchRejectedException("q must be at most " + MAX_TEXT + " characters");
        }
        EnumMap<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        raw.forEach((facet, values) -> {
            Set<String> normalised = new TreeSet<>();
            if (values != null) {
                values.forEach(v -> normalised.add(facet.normalise(v)));
            }
            filters.put(facet, normalised);
        });
        if (filters.getOrDefault(Facet.STATUS, Set.of()).isEmpty()) {
            filters.put(Facet.STATUS, Set.of(LessonStatus.PUBLISHED.name()));
        }
        return new SearchQuery(q, filters, SortOrder.effective(sort, q != null), page, size);
    }

    /** This query with {@code facet} filtered to {@code values} (already normalised) instead. */
    public SearchQuery with(Facet facet, Set<String> values) {
        EnumMap<Facet, Set<String>> narrowed = new EnumMap<>(Facet.class);
        narrowed.putAll(filters);
        narrowed.put(facet, new TreeSet<>(values));
        return new SearchQuery(text, narrowed, sort, page, size);
    }

    public boolean hasText() {
        return text != null;
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
