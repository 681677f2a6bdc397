package nl.schaalsprong.platform.outbox;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrokerRefusalTest {

    @Test
    void aRecordOverTheSizeLimitIsRefusedForGoodEvenWhenWrapped() {
        RecordTooLargeException tooLarge = new RecordTooLargeException("The message is 2000000 bytes");
        assertEquals(tooLarge, BrokerRefusal.forGood(new CompletionException(tooLarge)).orElseThrow());
        assertEquals("RecordTooLargeException: The message is 2000000 bytes", BrokerRefusal.reason(tooLarge));
    }

    @Test
    void anInvalidTopicIsRefusedForGood() {
        assertTrue(BrokerRefusal.forGood(new InvalidTopicException(Set.of("a b"))).isPresent());
    }

    @Test
    void aBrokerThatIsDownSlowOrUnauthorisedIsNotARefusalOfTheRecord() {
        assertFalse(BrokerRefusal.forGood(new TimeoutException("expired")).isPresent());
        assertFalse(BrokerRefusal.forGood(new NotLeaderOrFollowerException("moving")).isPresent());
        assertFalse(BrokerRefusal.forGood(new TopicAuthorizationException("no")).isPresent());
        assertFalse(BrokerRefusal.forGood(new IllegalStateException("emitter closed")).isPresent());
    }

    @Test
    void theReasonIsBounded() {
        String reason = BrokerRefusal.reason(new RecordTooLargeException("x".repeat(5_000)));
        assertEquals(BrokerRefusal.MAX_REASON, reason.length());
    }
}
