package nl.schaalsprong.platform.deadletter;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.nio.charset.StandardCharsets;

/**
 * Reads this service's dead-letter topics back into {@code dead_letter}: channel {@code dead-letters}, which each
 * service configures with the dead-letter topics of all its incoming channels and a consumer group of its own. SmallRye's dead-letter strategy names the
 * original topic, partition, offset and the failure in {@code dead-letter-*} headers; the original record is the
 * dead letter's key and value. A failure that may pass (the database away) is retried in place first.
 */
@ApplicationScoped
public class DeadLetterCapture {

    private final DeadLetters deadLetters;

    public DeadLetterCapture(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @CountsDeadLetters
    @Incoming("dead-letters")
    @Blocking
    public void capture(ConsumerRecord<String, String> record) {
        String topic = header(record, "dead-letter-topic");
        String partition = header(record, "dead-letter-partition");
        String offset = header(record, "dead-letter-offset");
        deadLetters.capture(topic == null ? record.topic() : topic,
                partition == null ? record.partition() : Integer.parseInt(partition),
                offset == null ? record.offset() : Long.parseLong(offset),
                record.key(), record.value() == null ? "" : record.value(), header(record, "dead-letter-reason"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
