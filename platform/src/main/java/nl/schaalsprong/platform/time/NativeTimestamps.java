package nl.schaalsprong.platform.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A {@code timestamptz} column read by a native query: Hibernate and the PostgreSQL driver hand it back as
 * {@link OffsetDateTime}, {@link Instant} or {@link Timestamp} depending on dialect and version, so every native
 * read goes through here rather than guessing.
 */
public final class NativeTimestamps {

    private NativeTimestamps() {
    }

    /** The column's instant in UTC; null stays null (a nullable column). */
    public static OffsetDateTime of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("not a timestamp column value: " + value.getClass().getSimpleName());
    }
}
