package nl.schaalsprong.typology.area.domain;

/**
 * How well a name matches a query, best first; both already made {@link SearchableName searchable}. The order is
 * the ranking: what a user typed in full beats what the name starts with, which beats a later word that starts
 * with it, which beats the query somewhere inside a word.
 */
public enum NameMatch {
    EXACT,
    PREFIX,
    WORD_PREFIX,
    CONTAINS;

    /** The best match of {@code query} in {@code name}, or null when the name does not contain it. */
    public static NameMatch of(String name, String query) {
        if (query.isEmpty() || name.isEmpty()) {
            return null;
        }
        if (name.equals(query)) {
            return EXACT;
        }
        if (name.startsWith(query)) {
            return PREFIX;
        }
        if (name.contains(" " + query)) {
            return WORD_PREFIX;
        }
        return name.contains(query) ? CONTAINS : null;
    }
}
