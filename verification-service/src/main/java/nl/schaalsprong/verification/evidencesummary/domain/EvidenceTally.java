package nl.schaalsprong.verification.evidencesummary.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lessons counted by evidence level, per key of one dimension. Every key of the dimension is listed (zeros
 * included), in the dimension's order; lessons without any key form a last group without key, listed only when
 * there are such lessons. The total counts each lesson once, even one counted in two groups.
 */
public record EvidenceTally(SummaryDimension by, LevelCounts total, List<Group> groups) {

    /** One key's lessons by level; {@code key} null for the lessons that have no key of the dimension. */
    public record Group(String key, LevelCounts counts) {
    }

    public static EvidenceTally of(SummaryDimension by, Collection<LessonStanding> lessons) {
        Map<String, LevelCounts> byKey = new LinkedHashMap<>();
        by.keys().forEach(key -> byKey.put(key, new LevelCounts()));
        LevelCounts none = new LevelCounts();
        LevelCounts total = new LevelCounts();
        for (LessonStanding lesson : lessons) {
            total.add(lesson.level());
            List<String> keys = by.keysOf(lesson);
            if (keys.isEmpty()) {
                none.add(lesson.level());
            }
            keys.forEach(key -> byKey.get(key).add(lesson.level()));
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, counts) -> groups.add(new Group(key, counts)));
        if (none.lessons() > 0) {
            groups.add(new Group(null, none));
        }
        return new EvidenceTally(by, total, List.copyOf(groups));
    }
}
