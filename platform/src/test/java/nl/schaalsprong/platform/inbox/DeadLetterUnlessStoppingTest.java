package nl.schaalsprong.platform.inbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadLetterUnlessStoppingTest {

    final List<IncomingKafkaRecord<?, ?>> deadLettered = new ArrayList<>();
    final List<Throwable> reported = new ArrayList<>();
    final AtomicBoolean stopping = new AtomicBoolean();
    final KafkaFailureHandler deadLetterQueue = new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            deadLettered.add(record);
            return Uni.createFrom().voidItem();
        }
    };
    final DeadLetterUnlessStopping.Handler handler = new DeadLetterUnlessStopping.Handler("lesson-events",
            deadLetterQueue, stopping::get, (failure, fatal) -> reported.add(failure));

    @Test
    void aRecordFailingWhileTheServiceRunsIsADeadLetter() {
        IncomingKafkaRecord<String, String> record = record(7);

        handler.handle(record, new IllegalArgumentException("not a CloudEvent"), Metadata.empty()).await().indefinitely();

        assertEquals(List.of(record), deadLettered);
        assertTrue(reported.isEmpty(), "the channel goes on");
    }

    @Test
    void aRecordFailingWhileTheServiceStopsIsLeftUncommittedNotDeadLettered() {
        stopping.set(true);
        IllegalStateException closed = new IllegalStateException("EntityManagerFactory is closed");

        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> handler.handle(record(8), closed, Metadata.empty()).await().indefinitely());

        assertSame(closed, failed);
        assertTrue(deadLettered.isEmpty(), "nothing sent to the dead-letter topic");
        assertEquals(List.of(closed), reported, "the channel fails, so the record is not acknowledged or committed");
    }

    private static IncomingKafkaRecord<String, String> record(long offset) {
        return new IncomingKafkaRecord<>(new ConsumerRecord<>("schaalsprong.lessons", 0, offset, "key", "value"),
                "lesson-events", 0, null, null, false, false);
    }
}
