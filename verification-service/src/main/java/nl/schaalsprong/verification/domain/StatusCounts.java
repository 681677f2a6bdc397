package nl.schaalsprong.verification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many verifications (of one lesson) stand in each status, the concluded ones split by their outcome: every
 * status and outcome is listed, zeros included, in lifecycle order, so a chart and its CSV always have the same rows.
 */
public record StatusCounts(List<Count> counts) {

    /** One status (and, for CONCLUDED, one outcome) and how many verifications stand there. */
    public record Count(VerificationStatus status, Outcome outcome, long verifications) {
        public Count {
            Objects.requireNonNull(status, "status");
            if ((status == VerificationStatus.CONCLUDED) != (outcome != null)) {
                throw new IllegalArgumentException("only a concluded verification has an outcome, and it always has:"
                        + " " + status + " with " + outcome);
            }
            if (verifications < 0) {
                throw new IllegalArgumentException("a count cannot be negative: " + verifications);
            }
        }
    }

    /** Where one verification stands: the key it is counted under. */
    public record Key(VerificationStatus status, Outcome outcome) {
    }

    public StatusCounts {
        counts = List.copyOf(counts);
    }

    /** Every status and outcome, with the counts found (a key not found counts zero). */
    public static StatusCounts of(Map<Key, Long> found) {
        List<Count> counts = new ArrayList<>();
        for (VerificationStatus status : VerificationStatus.values()) {
            if (status == VerificationStatus.CONCLUDED) {
                for (Outcome outcome : Outcome.values()) {
                    counts.add(new Count(status, outcome, found.getOrDefault(new Key(status, outcome), 0L)));
                }
            } else {
                counts.add(new Count(status, null, found.getOrDefault(new Key(status, null), 0L)));
            }
        }
        return new StatusCounts(counts);
    }

    public long total() {
        return counts.stream().mapToLong(Count::verifications).sum();
    }
}
