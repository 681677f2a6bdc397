package nl.schaalsprong.verification.advice.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How soon a stale component (tag) of the advice is derived again: a small one at once, a large one no sooner than
 * {@code interval} after its previous derivation, and no sooner than {@code perLesson} for each of its lessons.
 * <p>
 * Why: a derivation reads and rewrites all of a tag's lessons and verifications, so it costs in proportion to the
 * tag. At a tenth of the design point one tag that every tagging carried (14,516 lessons, about 145,000
 * verifications, 2–3 s a derivation) was derived again after every tagging, back to back, and took a core from the
 * consumers that serve the taggings: tag to suggestion p99 148 s against 500 ms (docs/benchmarks.md, "Scale at one
 * tenth of the design point"). Deriving such a tag once per interval bounds its cost, whatever the rate of changes,
 * to one derivation per interval. A tag that waits stays stale, so no change is lost: its advice is at most the
 * interval (plus the poll) late. A small tag costs milliseconds, and deriving it at once keeps the advice a second
 * behind a steward's conclusion where that is cheap.
 * <p>
 * A fixed interval is not enough: the tag that every tagging carries keeps growing (19,641 lessons and 180,610
 * verifications in session 14's scale run, more with every load), and its derivation every 30 s took a quarter of
 * verification-service's CPU from the tag path (docs/benchmarks.md, session 15). Waiting {@code perLesson} per lesson
 * makes each derivation's cost, which grows with the lessons, come as seldom as it is large: whatever a tag's size, its
 * derivations take about the same share of a core (about 170 microseconds a lesson, so 2 % with 10 ms a lesson). The
 * advice on such a tag is later in proportion (20,000 lessons: 200 s), where one lesson more changes it least.
 * <p>
 * Size is counted in lessons, as the previous derivation found them (verifications grow with them, about ten a
 * lesson), not in measured time, so the pace does not change with the machine's load.
 */
public final class RefreshPace {

    private final Duration interval;
    private final Duration perLesson;
    private final int pacedFromLessons;
    private final Clock clock;

    /**
     * @param interval         the least time between two derivations of a large tag
     * @param perLesson        the least time between two derivations of a large tag, for each of its lessons
     * @param pacedFromLessons from how many lessons a tag is large
     */
    public RefreshPace(Duration interval, Duration perLesson, int pacedFromLessons, Clock clock) {
        if (interval == null || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be zero or more, was " + interval);
        }
        if (perLesson == null || perLesson.isNegative()) {
            throw new IllegalArgumentException("perLesson must be zero or more, was " + perLesson);
        }
        if (pacedFromLessons < 1) {
            throw new IllegalArgumentException("pacedFromLessons must be at least 1, was " + pacedFromLessons);
        }
        this.interval = interval;
        this.perLesson = perLesson;
        this.pacedFromLessons = pacedFromLessons;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A tag's previous derivation: how many lessons it covered and when it was written. */
    public record LastDerivation(int lessons, Instant at) {

        public LastDerivation {
            if (lessons < 0) {
                throw new IllegalArgumentException("lessons must be zero or more, was " + lessons);
            }
            Objects.requireNonNull(at, "at");
        }
    }

    /** @param previous the tag's previous derivation; null when it has none (new, or no lesson had it) */
    public boolean isDue(LastDerivation previous) {
        return previous == null || previous.lessons() < pacedFromLessons
                || !clock.instant().isBefore(previous.at().plus(waitAfter(previous.lessons())));
    }

    /** The least time between two derivations of a large tag of this many lessons. */
    Duration waitAfter(int lessons) {
        Duration proportional = perLesson.multipliedBy(lessons);
        return proportional.compareTo(interval) > 0 ? proportional : interval;
    }
}
