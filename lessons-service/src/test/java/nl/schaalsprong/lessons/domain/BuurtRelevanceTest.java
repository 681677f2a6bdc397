package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.lessons.domain.search.BuurtRelevance;
import nl.schaalsprong.lessons.domain.search.ComparableBuurt;
import nl.schaalsprong.platform.cbs.BuurtCode;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BuurtRelevanceTest {

    record Lesson(String name, List<BuurtCode> origins) {
    }

    static final BuurtCode HERE = BuurtCode.of("BU03630105");
    static final BuurtCode NEAR = BuurtCode.of("BU00140000");
    static final BuurtCode FAR = BuurtCode.of("BU05990101");

    @Test
    void theBuurtItselfFirstThenByTheMostSimilarOriginOfEachLesson() {
        List<ComparableBuurt> comparable = List.of(new ComparableBuurt(HERE, 0.99), new ComparableBuurt(NEAR, 0.9),
                new ComparableBuurt(FAR, 0.5));
        List<Lesson> lessons = List.of(new Lesson("b-far", List.of(FAR)), new Lesson("a-both", List.of(FAR, NEAR)),
                new Lesson("c-here", List.of(HERE)), new Lesson("d-elsewhere", List.of(BuurtCode.of("BU01630408"))),
                new Lesson("a-near", List.of(NEAR)));
        var ranked = BuurtRelevance.rank(HERE, comparable, lessons, Lesson::origins,
                Comparator.comparing(Lesson::name));
        assertEquals(List.of("c-here", "a-both", "a-near", "b-far"), ranked.stream().map(m -> m.lesson().name()).toList());
        assertEquals(List.of(1.0, 0.9, 0.9, 0.5), ranked.stream().map(BuurtRelevance.Match::similarity).toList());
        assertEquals(NEAR, ranked.get(1).origin());
    }

    @Test
    void similarityIsBetweenZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> new ComparableBuurt(NEAR, 1.2));
        assertThrows(IllegalArgumentException.class, () -> new ComparableBuurt(NEAR, Double.NaN));
    }
}
