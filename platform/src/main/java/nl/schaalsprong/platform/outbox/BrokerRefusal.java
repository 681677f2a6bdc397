package nl.schaalsprong.platform.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.List;
import java.util.Optional;

/**
 * Whether the broker (or the producer in front of it) refused one record for good: sending it again can only fail
 * again, so the relay parks that row instead of retrying the whole outbox behind it. Only refusals about the record
 * itself count; a broker that is down, slow or not yet elected, or a missing authorisation, is transient or about
 * every record, and leaves the batch pending.
 */
public final class BrokerRefusal {

    private static final List<Class<? extends Throwable>> FOR_GOOD = List.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidTopicException.class, InvalidRecordException.class,
            SerializationException.class);
    static final int MAX_REASON = 1_000;

    private BrokerRefusal() {
    }

    /** The refusal for good somewhere in the failure's causes, if there is one. */
    public static Optional<Throwable> forGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Throwable candidate = cause;
            if (FOR_GOOD.stream().anyMatch(type -> type.isInstance(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** What an operator reads in {@code park_reason}: the refusal's kind and the broker's words, bounded. */
    public static String reason(Throwable refusal) {
        String reason = refusal.getClass().getSimpleName() + ": " + refusal.getMessage();
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
