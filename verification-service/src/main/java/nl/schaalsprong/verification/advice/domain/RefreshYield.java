package nl.schaalsprong.verification.advice.domain;

import java.time.Duration;

/**
 * How a derivation of the advice gives way to the tag path while it reads a tag's verifications: after every
 * {@code everyRows} rows it pauses for {@code pause}, as PostgreSQL's own vacuum pauses after so much work
 * ({@code vacuum_cost_delay}).
 * <p>
 * Why: {@link RefreshPace} makes a large tag's derivation rare, but each one still read all of the tag's
 * verifications in one go. In the scale run, the tag every tagging carried had 320,060 verifications; their read
 * alone took 770 ms of PostgreSQL's time, our tally beside it, on two cores the tag consumers already saturated at
 * 100 tags/s, and the consumers' lag rose by hundreds of records each time (docs/benchmarks.md, sessions 18 and 19).
 * Spread out, the same work never takes a core from the consumers for long. Only the advice's derivation yields: a
 * reader of {@code GET /api/v1/tags/{tag}/evidence} is never kept waiting.
 *
 * @param everyRows after how many rows read a pause comes (at least 1)
 * @param pause     how long each pause lasts; zero never pauses
 */
public record RefreshYield(int everyRows, Duration pause) {

    public RefreshYield {
        if (everyRows < 1) {
            throw new IllegalArgumentException("everyRows must be at least 1, was " + everyRows);
        }
        if (pause == null || pause.isNegative()) {
            throw new IllegalArgumentException("pause must be zero or more, was " + pause);
        }
    }

    /** How long to pause once the {@code rowsRead}th row has been read: {@link #pause} after every {@link #everyRows}th. */
    public Duration after(long rowsRead) {
        return rowsRead > 0 && rowsRead % everyRows == 0 ? pause : Duration.ZERO;
    }
}
