package nl.schaalsprong.lessons.domain;

import java.util.function.Predicate;

/**
 * One rule of the quality gate, with a stable name that a failed publication reports back, so an author sees
 * every gap at once instead of one per attempt.
 *
 * @param name        stable, kebab-case, shown to clients
 * @param requirement what the rule asks for, in words
 */
public record QualityPolicy(String name, String requirement, Predicate<LessonContent> check) {

    public boolean passes(LessonContent content) {
        return check.test(content);
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
