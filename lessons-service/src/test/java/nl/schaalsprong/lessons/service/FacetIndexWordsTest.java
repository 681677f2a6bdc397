package nl.schaalsprong.lessons.service;

import nl.schaalsprong.lessons.domain.search.SearchQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The facet index matches a conjunction of words from its inverted index exactly as the lessons' words say,
 * whatever puts, updates, removals and slot reuse came before: each matching lesson once, none that no longer
 * holds a word.
 */
class FacetIndexWordsTest {

    private final FacetIndex index = new FacetIndex();

    @Test
    void aLessonMatchesWhenItsTitleTextOrContextHoldsEveryWord() {
        UUID title = put(words("warmtepomp", "geluid"), words("bewoner"), words());
        UUID text = put(words("gebiedsfonds"), words("warmtepomp", "bewoner"), words());
        UUID context = put(words("buurtkeuz"), words("eigenar"), words("warmtepomp", "rijtjeshuiz"));

        assertEquals(Set.of(title, text, context), matching("warmtepomp"));
        assertEquals(Set.of(title, text), matching("warmtepomp", "bewoner"));
        assertEquals(Set.of(context), matching("rijtjeshuiz", "warmtepomp"));
        assertEquals(Set.of(context), matching("rijtjeshuiz"), "a word only in the context or module");
        assertEquals(Set.of(), matching("warmtepomp", "gebiedsfonds", "geluid"));
        assertEquals(Set.of(), matching("onbekend"), "a word no lesson ever held");
        assertEquals(Set.of(), matching(), "an empty query (only stopwords) matches nothing");
        assertEquals(Set.of(title), matching("geluid", "geluid"));
    }

    @Test
    void anUpdateMatchesTheNewWordsAndNoLongerTheOldOnes() {
        UUID id = UUID.randomUUID();
        put(id, words("warmtepomp"), words("bewoner", "warmtepomp"), words());
        put(id, words("warmtenet"), words("bewoner"), words());

        assertEquals(Set.of(), matching("warmtepomp"));
        assertEquals(Set.of(id), matching("warmtenet"));
        assertEquals(1, search("bewoner").total(), "a word kept through the update counts the lesson once");
        // Back to an earlier word: its stale posting and the new one name the same slot; still one hit.
        put(id, words("warmtepomp"), words("bewoner"), words());
        assertEquals(1, search("warmtepomp").total());
        assertEquals(Set.of(), matching("warmtenet"));
    }

    @Test
    void aRemovedLessonNoLongerMatchesAndItsReusedSlotMatchesOnlyItsNewLesson() {
        UUID first = put(words("warmtepomp"), words("isolatie"), words());
        UUID stays = put(words("warmtepomp"), words(), words());
        index.remove(first);
        assertEquals(Set.of(stays), matching("warmtepomp"));
        assertEquals(Set.of(), matching("isolatie"));

        // The next lesson takes the freed slot: it is listed again under a word its predecessor held.
        UUID second = put(words("isolatie"), words("subsidie"), words());
        assertEquals(Set.of(second), matching("isolatie"));
        assertEquals(1, search("isolatie").total());
        assertEquals(Set.of(stays), matching("warmtepomp"), "the predecessor's word does not carry over");

        index.remove(second);
        UUID third = put(words("isolatie"), words(), words("warmtepomp"));
        assertEquals(Set.of(third), matching("isolatie"));
        assertEquals(Set.of(stays, third), matching("warmtepomp"));
        assertEquals(Set.of(), matching("subsidie"));
        assertEquals(2, index.size());
    }

    @Test
    void stalePostingsAreCompactedAwayAndMatchingStaysExact() {
        List<UUID> lessons = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lessons.add(put(words("les" + i), words("gedeeld"), words()));
        }
        // Every update swaps all of a lesson's words: without compaction the lists would grow by 200 per round.
        for (int round = 0; round < 200; round++) {
            for (int i = 0; i < lessons.size(); i++) {
                put(lessons.get(i), words("les" + i, "ronde" + round), words(round % 2 == 0 ? "even" : "oneven"),
                        words());
            }
        }
        assertTrue(index.postings() < 10_000, "postings kept: " + index.postings());
        assertEquals(Set.copyOf(lessons), matching("oneven"));
        assertEquals(Set.of(), matching("even"));
        assertEquals(Set.of(), matching("gedeeld"));
        assertEquals(Set.of(lessons.get(7)), matching("les7", "ronde199"));
        assertEquals(Set.of(), matching("les7", "ronde198"));
    }

    @Test
    void lessonsFoundByTheDatabaseAreTakenAsGiven() {
        UUID one = put(words("warmtepomp"), words(), words());
        UUID gone = put(words("warmtepomp"), words(), words());
        index.remove(gone);
        var found = index.search(query(), FacetIndex.TextMatch.found(Set.of(one, gone, UUID.randomUUID()),
                List.of("warmtepomp")));
        assertEquals(List.of(one), found.page(), "only lessons the index holds");
    }

    private Set<UUID> matching(String... lexemes) {
        return Set.copyOf(search(lexemes).page());
    }

    private FacetIndex.Result search(String... lexemes) {
        return index.search(query(), FacetIndex.TextMatch.allOf(List.of(lexemes), List.of(lexemes)));
    }

    private static SearchQuery query() {
        return SearchQuery.of("tekst", Map.of(), null, 0, 100);
    }

    private UUID put(List<String> title, List<String> text, List<String> context) {
        return put(UUID.randomUUID(), title, text, context);
    }

    private UUID put(UUID id, List<String> title, List<String> text, List<String> context) {
        index.put(new FacetIndex.Entry(id, "PUBLISHED", List.of(), List.of(), null, List.of(), null, null, null,
                "ORIGIN_ONLY", 0, title, text, context));
        return id;
    }

    private static List<String> words(String... words) {
        return List.of(words);
    }
}
