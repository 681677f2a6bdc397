package nl.schaalsprong.verification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.verification.TypologyStub;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every log line written while an event is handled carries its CloudEvent id, so one event can be traced. */
@QuarkusTest
class EventLoggingTest {

    @Test
    void linesWrittenWhileHandlingAnEventCarryItsCloudEventId() {
        try (LogCapture capture = LogCapture.start()) {
            List<ExtLogRecord> records = capture.records();
            UUID lesson = UUID.randomUUID();
            String eventId = UUID.randomUUID().toString();
            KafkaTopics.send(LessonTaggedFlowTest.LESSONS, lesson.toString(),
                    LessonEvents.lessonTagged(eventId, lesson, List.of(TypologyStub.ORIGIN)));

            await().until(() -> records.stream().anyMatch(r -> r.getFormattedMessage().contains(lesson.toString())));
            List<ExtLogRecord> aboutLesson = records.stream()
                    .filter(r -> r.getFormattedMessage().contains(lesson.toString())).toList();
            assertFalse(aboutLesson.isEmpty());
            assertTrue(aboutLesson.stream().allMatch(r -> eventId.equals(r.getMdc("ce_id"))),
                    () -> "every line about the lesson names event " + eventId + "; lines: " + aboutLesson.stream()
                            .map(r -> r.getLoggerName() + " ce_id=" + r.getMdc("ce_id") + ": " + r.getFormattedMessage())
                            .toList());
        }
    }
}
