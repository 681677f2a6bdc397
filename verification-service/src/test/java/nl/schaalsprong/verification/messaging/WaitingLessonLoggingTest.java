package nl.schaalsprong.verification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.verification.TypologyStub;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;

import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.LESSONS;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.PATIENCE;
import static nl.schaalsprong.verification.messaging.LessonTaggedFlowTest.pending;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson whose origin lacks figures may wait for weeks, asked again whenever figures change around it: the log says
 * once that it waits (and later that it was served), not at every attempt (issue 15: at a tenth of the design point
 * some 12 % of tagged lessons wait; asked every five minutes then, one INFO line each time).
 */
@QuarkusTest
class WaitingLessonLoggingTest {

    @Test
    void aLessonStillWaitingForFiguresIsAskedAgainWithoutAnInfoLineEachTime() {
        try (LogCapture capture = LogCapture.start()) {
            UUID lesson = UUID.randomUUID();
            KafkaTopics.send(LESSONS, lesson.toString(),
                    LessonEvents.lessonTagged(UUID.randomUUID().toString(), lesson, List.of(TypologyStub.LACKING)));

            await().atMost(PATIENCE).until(() -> pending(lesson).isPresent());
            // Figures change around it twice, but not its own: asked again each time, and it waits on.
            for (int attempts = 2; attempts <= 3; attempts++) {
                KafkaTopics.send(TypologyEvents.TOPIC, TypologyStub.LACKING,
                        TypologyEvents.neighbourhoodChanged(TypologyEvents.newId(), TypologyStub.LACKING));
                int asked = attempts;
                await().atMost(PATIENCE).until(() -> pending(lesson).map(p -> p.attempts).orElse(0) >= asked);
            }
            List<String> info = capture.records().stream()
                    .filter(r -> r.getLevel().intValue() >= Level.INFO.intValue())
                    .map(ExtLogRecord::getFormattedMessage).filter(m -> m.contains(lesson.toString())).toList();
            assertEquals(1, info.stream().filter(m -> m.contains("wait for the figures")).count(),
                    "said once when it started to wait: " + info);
            assertTrue(info.stream().noneMatch(m -> m.contains("still waits")), "not at each attempt: " + info);
        }
    }
}
