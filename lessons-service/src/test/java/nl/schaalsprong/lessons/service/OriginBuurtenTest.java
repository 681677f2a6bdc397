package nl.schaalsprong.lessons.service;

import nl.schaalsprong.lessons.client.TypologyGateway;
import nl.schaalsprong.lessons.config.KnownBuurtenConfig;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OriginBuurtenTest {

    private static final String KNOWN = "BU00140000";
    private static final String UNKNOWN = "BU00149999";

    private final AtomicInteger calls = new AtomicInteger();
    private final TypologyGateway typology = new TypologyGateway(null) {
        @Override
        public boolean knows(BuurtCode code) {
            calls.incrementAndGet();
            return Set.of(KNOWN).contains(code.value());
        }
    };
    private final KnownBuurtenConfig tenMinutes = () -> Duration.ofMinutes(10);

    @Test
    void aConfirmedCodeIsTrustedForTheTtlThenAskedAgain() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-28T10:00:00Z"));
        OriginBuurten origins = new OriginBuurten(typology, tenMinutes, clock);

        assertEquals(List.of(BuurtCode.of(KNOWN)), origins.known(List.of(KNOWN)));
        origins.known(List.of(KNOWN));
        assertEquals(1, calls.get(), "the second check within the ttl asks nobody");

        clock.now = clock.now.plus(Duration.ofMinutes(11));
        origins.known(List.of(KNOWN));
        assertEquals(2, calls.get(), "after the ttl typology is asked again");
    }

    @Test
    void anUnknownCodeIsNeverRemembered() {
        OriginBuurten origins = new OriginBuurten(typology, tenMinutes, Clock.systemUTC());

        assertThrows(RuleViolationException.class, () -> origins.known(List.of(UNKNOWN)));
        assertThrows(RuleViolationException.class, () -> origins.known(List.of(UNKNOWN)));
        assertEquals(2, calls.get(), "an import may add the buurt, so each check asks again");
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
