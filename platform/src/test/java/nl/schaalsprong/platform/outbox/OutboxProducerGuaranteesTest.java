package nl.schaalsprong.platform.outbox;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxProducerGuaranteesTest {

    private static List<String> missing(Map<String, String> settings) {
        return OutboxProducerGuarantees.missing(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void allThreeGuaranteesHold() {
        assertTrue(missing(Map.of("acks", "all", "enable.idempotence", "true",
                "max.in.flight.requests.per.connection", "5")).isEmpty());
        assertTrue(missing(Map.of("acks", "-1", "enable.idempotence", "TRUE",
                "max.in.flight.requests.per.connection", "1")).isEmpty());
    }

    @Test
    void nothingSetIsThreeShortcomings() {
        assertEquals(3, missing(Map.of()).size());
    }

    @Test
    void aLeaderOnlyAckIsRefused() {
        assertEquals(List.of("mp.messaging.outgoing.outbox.acks=all"), missing(Map.of("acks", "1",
                "enable.idempotence", "true", "max.in.flight.requests.per.connection", "5")));
    }

    @Test
    void idempotenceSwitchedOffIsRefused() {
        assertEquals(List.of("mp.messaging.outgoing.outbox.enable.idempotence=true"), missing(Map.of("acks", "all",
                "enable.idempotence", "false", "max.in.flight.requests.per.connection", "5")));
    }

    @Test
    void moreThanFiveInFlightCouldReorderAndIsRefused() {
        assertEquals(List.of("mp.messaging.outgoing.outbox.max.in.flight.requests.per.connection<=5"),
                missing(Map.of("acks", "all", "enable.idempotence", "true",
                        "max.in.flight.requests.per.connection", "6")));
    }
}
