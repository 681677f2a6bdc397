package nl.schaalsprong.verification.messaging;

import nl.schaalsprong.platform.cbs.InvalidCodeException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import nl.schaalsprong.platform.inbox.InboundEvent;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.service.VerificationService;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * Turns tagged lessons into verification suggestions. Any exception nacks the record, and the channel's
 * dead-letter-queue strategy moves it to {@code schaalsprong.lessons.dlq} so one bad record never blocks the
 * partition: a poison record goes there at once, an unreachable typology after its retries.
 */
@ApplicationScoped
public class LessonEventsConsumer {

    private static final Logger LOG = Logger.getLogger(LessonEventsConsumer.class);

    private final CloudEventCodec codec;
    private final VerificationService verifications;

    public LessonEventsConsumer(CloudEventCodec codec, VerificationService verifications) {
        this.codec = codec;
        this.verifications = verifications;
    }

    @Incoming("lesson-events")
    @Blocking
    public void consume(String record) {
        CloudEvent event = codec.read(record);
        try (InboundEvent ignored = InboundEvent.open(event)) {
            if (!ConsumedEvents.LESSON_TAGGED.equals(event.type())) {
                // Other lesson events share the topic; they are not ours to act on, and not poison either.
                LOG.debugf("ignoring %s", event.type());
                return;
            }
            LessonTagged tagged = codec.data(event, LessonTagged.class);
            int suggested = verifications.suggestFor(event, tagged.lessonId(), origins(event, tagged));
            LOG.infof("lesson %s tagged: %d verification(s) suggested", tagged.lessonId(), suggested);
        }
    }

    private static List<BuurtCode> origins(CloudEvent event, LessonTagged tagged) {
        if (tagged.lessonId() == null || tagged.originBuurtCodes() == null || tagged.originBuurtCodes().isEmpty()) {
            throw new InvalidCloudEventException("data of " + event.id() + " lacks lessonId or originBuurtCodes");
        }
        try {
            return tagged.originBuurtCodes().stream().map(BuurtCode::new).distinct().toList();
        } catch (RuleViolationException | InvalidCodeException e) {
            throw new InvalidCloudEventException("data of " + event.id() + ": " + e.getMessage(), e);
        }
    }
}
