package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Verifications as the evidence rules read them: each distinct {@link Finding} once, with how many verifications
 * found it. A fold: verifications are added one at a time, in any order, and the tallies of several lessons add up to
 * the tally of the verifications pooled, so a tag's verifications can be read as a stream and are never held at once.
 * What a tally holds grows with its distinct findings (the places verified, times the types, stages, outcomes and
 * conditions found there), not with the number of verifications: the rules count verifications or distinct places,
 * and neither needs to know which verification said what.
 */
public final class VerificationTally {

    private final Map<Finding, Integer> counts = new HashMap<>();
    private int verifications;

    /** The tally of these verifications. */
    public static VerificationTally of(Collection<VerificationFact> facts) {
        VerificationTally tally = new VerificationTally();
        facts.forEach(tally::add);
        return tally;
    }

    public VerificationTally add(VerificationFact fact) {
        return add(fact.finding());
    }

    public VerificationTally add(Finding finding) {
        return add(finding, 1);
    }

    /** Adds every verification of another tally: two lessons' tallies add up to the tally of both. */
    public VerificationTally addAll(VerificationTally other) {
        other.counts.forEach(this::add);
        return this;
    }

    private VerificationTally add(Finding finding, int times) {
        Objects.requireNonNull(finding, "finding");
        if (times < 1 || verifications > Integer.MAX_VALUE - times) {
            throw new RuleViolationException("a finding is counted once or more, and a tally within int: " + times
                    + " more to " + verifications);
        }
        counts.merge(finding, times, Integer::sum);
        verifications += times;
        return this;
    }

    /** How many verifications. */
    public int size() {
        return verifications;
    }

    public boolean isEmpty() {
        return verifications == 0;
    }

    /** The distinct findings, each once. */
    public Set<Finding> findings() {
        return Collections.unmodifiableSet(counts.keySet());
    }

    /** How many verifications found what {@code which} accepts. */
    public int count(Predicate<Finding> which) {
        int count = 0;
        for (Map.Entry<Finding, Integer> entry : counts.entrySet()) {
            if (which.test(entry.getKey())) {
                count += entry.getValue();
            }
        }
        return count;
    }

    /** What of the findings {@code which} accepts, each value once ({@code what} null for none is left out). */
    public SortedSet<String> distinct(Predicate<Finding> which, Function<Finding, String> what) {
        SortedSet<String> values = new TreeSet<>();
        for (Finding finding : counts.keySet()) {
            if (which.test(finding)) {
                String value = what.apply(finding);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    /** A new tally of only the verifications whose finding {@code which} accepts. */
    public VerificationTally where(Predicate<Finding> which) {
        VerificationTally narrowed = new VerificationTally();
        counts.forEach((finding, times) -> {
            if (which.test(finding)) {
                narrowed.add(finding, times);
            }
        });
        return narrowed;
    }

    /** Equal when the same findings are counted the same number of times, however they were added. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VerificationTally tally && counts.equals(tally.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return verifications + " verification(s) in " + counts.size() + " finding(s): " + counts;
    }
}
