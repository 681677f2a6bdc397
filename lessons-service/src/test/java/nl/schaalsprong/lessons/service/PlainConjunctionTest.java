package nl.schaalsprong.lessons.service;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only a plain conjunction of lexemes is matched in memory; every other tsquery goes to PostgreSQL. */
class PlainConjunctionTest {

    @Test
    void conjunctionsOfLexemesAreRead() {
        assertEquals(Optional.of(List.of("warmtepomp")), PlainConjunction.lexemes("'warmtepomp'"));
        assertEquals(Optional.of(List.of("warmtepomp", "bewoner", "kost")),
                PlainConjunction.lexemes("'warmtepomp' & 'bewoner' & 'kost'"));
        assertEquals(Optional.of(List.of()), PlainConjunction.lexemes(""), "only stopwords: matches nothing");
    }

    @Test
    void quotesAndBackslashesInALexemeAreUnescaped() {
        assertEquals(Optional.of(List.of("vve's", "a\\b")), PlainConjunction.lexemes("'vve''s' & 'a\\\\b'"));
        assertEquals(Optional.of(List.of("x' & 'y")), PlainConjunction.lexemes("'x'' & ''y'"));
    }

    @Test
    void everyOtherQueryIsLeftToPostgresql() {
        for (String other : List.of("'warmtepomp' | 'warmtenet'", "!'warmtepomp'", "'warmtepomp' & !'geluid'",
                "'warmt' <-> 'pomp'", "'warmtepomp' <2> 'bewoner'", "( 'a' | 'b' ) & 'c'", "'warmt':*",
                "'warmtepomp':A", "'warmtepomp' & 'bewoner':*", "'open", "warmtepomp", "'a' &", "'a' 'b'")) {
            assertEquals(Optional.empty(), PlainConjunction.lexemes(other), other);
        }
    }
}
