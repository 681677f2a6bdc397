package nl.schaalsprong.lessons.domain.search;

import java.util.Locale;

/** How search results are ordered; every order ends in the lesson id, so pages never overlap or skip. */
public enum SortOrder {
    /** Best text match first (title hits weigh most), then newest. */
    RELEVANCE,
    /** Newest publication (or change, before publication) first. */
    DATE,
    /** Strongest evidence first ({@code EvidenceLevel.strength}), then newest. */
    EVIDENCE;

    /**
     * The order used: the requested one, or relevance when there is text to match and date otherwise.
     * Relevance without text to match has nothing to rank by, so it falls back to date.
     *
     * @param requested null or blank when the client did not ask
     */
    public static SortOrder effective(String requested, boolean hasText) {
        if (requested == null || requested.isBlank()) {
            return hasText ? RELEVANCE : DATE;
        }
        SortOrder order;
        try {
            order = valueOf(requested.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SearchRejectedException("sort '" + requested + "' is not one of relevance, date, evidence");
        }
        return order == RELEVANCE && !hasText ? DATE : order;
    }
}
