package nl.schaalsprong.verification.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A consumer on a test-only channel (%test keys in application.properties) with the platform's failure handling, as
 * every consumer has it: a record {@code deadlock:<n>:<id>} fails with a PostgreSQL deadlock its first n tries, a
 * record {@code poison:<id>} fails as unparseable every time.
 */
@ApplicationScoped
public class RetryProbe {

    static final String TOPIC = "schaalsprong.retry-probe";
    static final String DLQ = "schaalsprong.retry-probe.dlq";

    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    private final Set<String> handled = ConcurrentHashMap.newKeySet();

    @CountsDeadLetters
    @Incoming("retry-probe")
    @Blocking
    public void consume(String record) throws SQLException {
        int tried = tries.computeIfAbsent(record, r -> new AtomicInteger()).incrementAndGet();
        String[] parts = record.split(":");
        if (parts[0].equals("poison")) {
            throw new InvalidCloudEventException("record " + record + " is no CloudEvent");
        }
        if (tried <= Integer.parseInt(parts[1])) {
            throw new SQLException("deadlock detected", "40P01");
        }
        handled.add(record);
    }

    /** Methods, not fields: the test holds a client proxy, whose fields are not the bean's. */
    boolean handled(String record) {
        return handled.contains(record);
    }

    int tries(String record) {
        AtomicInteger tried = tries.get(record);
        return tried == null ? 0 : tried.get();
    }
}
