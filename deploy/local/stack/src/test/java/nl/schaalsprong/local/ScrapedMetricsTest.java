package nl.schaalsprong.local;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScrapedMetricsTest {

    @Test
    void aSampleWithAnExemplarIsReadAsItsOwnValueAndLabels() {
        ScrapedMetrics metrics = ScrapedMetrics.parse("""
                # TYPE schaalsprong_events_dead_letters counter
                schaalsprong_events_dead_letters_total{channel="lesson-events",topic="schaalsprong.lessons.dlq"} 3.0 \
                # {span_id="1815bda4a89ee2e1",trace_id="17154242438663366b2288cf91c00237"} 1.0 1765000598.022
                schaalsprong_events_dead_letters_total{channel="other",topic="x.dlq"} 2.0
                """);

        assertEquals(3.0, metrics.value("schaalsprong_events_dead_letters_total", Map.of("channel", "lesson-events")));
        assertEquals(5.0, metrics.value("schaalsprong_events_dead_letters_total"));
    }

    @Test
    void aLabelValueMayHoldABraceAndASampleMayCarryATimestamp() {
        ScrapedMetrics metrics = ScrapedMetrics.parse("http_server_requests_seconds_count{uri=\"/api/v1/{code}\"} 7 1765000598022\n");

        assertEquals(7.0, metrics.value("http_server_requests_seconds_count", Map.of("uri", "/api/v1/{code}")));
    }
}
