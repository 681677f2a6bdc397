package nl.schaalsprong.lessons.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads PostgreSQL's text form of a {@code tsquery} and says whether it is a plain conjunction of lexemes
 * ({@code 'warmtepomp' & 'bewoner'}, one lexeme, or none at all), which the facet memory can match itself: a
 * lesson matches when it holds every lexeme. Anything else (or {@code |}, not {@code !}, phrases {@code <->},
 * parentheses, weights or prefixes after {@code :}) is left to PostgreSQL, so no query is ever matched differently.
 */
final class PlainConjunction {

    private PlainConjunction() {
    }

    /**
     * @param tsquery {@code websearch_to_tsquery(...)::text}: each lexeme quoted, a quote inside doubled, a
     *                backslash escaped; empty when the text held only stopwords
     * @return the lexemes when it is a plain conjunction (empty list: matches nothing), else empty
     */
    static Optional<List<String>> lexemes(String tsquery) {
        List<String> lexemes = new ArrayList<>();
        int at = 0;
        while (at < tsquery.length()) {
            if (!lexemes.isEmpty()) {
                if (!tsquery.startsWith(" & ", at)) {
                    return Optional.empty();
                }
                at += 3;
            }
            if (at >= tsquery.length() || tsquery.charAt(at) != '\'') {
                return Optional.empty();
            }
            StringBuilder lexeme = new StringBuilder();
            at++;
            while (true) {
                if (at >= tsquery.length()) {
                    return Optional.empty(); // unterminated: not a form we know
                }
                char c = tsquery.charAt(at++);
                if (c == '\\' && at < tsquery.length()) {
                    lexeme.append(tsquery.charAt(at++));
                } else if (c == '\'' && tsquery.startsWith("'", at)) {
                    lexeme.append('\'');
                    at++;
                } else if (c == '\'') {
                    break;
                } else {
                    lexeme.append(c);
                }
            }
            lexemes.add(lexeme.toString());
        }
        return Optional.of(lexemes);
    }
}
