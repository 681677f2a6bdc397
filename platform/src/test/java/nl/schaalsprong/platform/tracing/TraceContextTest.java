package nl.schaalsprong.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TraceContextTest {

    private final SdkTracerProvider tracing = SdkTracerProvider.builder().build();

    @Test
    void outsideASpanThereIsNoContextAndNoTraceId() {
        assertTrue(TraceContext.current().isEmpty());
        assertNull(TraceContext.currentTraceId());
    }

    @Test
    void theCurrentSpansContextIsKeptInW3CFormAndNamesThatSpanAsParentAgain() {
        Span span = tracing.get("test").spanBuilder("append").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            SpanContext recorded = span.getSpanContext();
            TraceContext kept = TraceContext.current().orElseThrow();
            assertEquals("00-" + recorded.getTraceId() + "-" + recorded.getSpanId() + "-01", kept.traceparent());
            assertEquals(recorded.getTraceId(), TraceContext.currentTraceId());

            TraceContext stored = TraceContext.of(kept.traceparent(), kept.tracestate()).orElseThrow();
            SpanContext parent = Span.fromContext(stored.asParent()).getSpanContext();
            assertEquals(recorded.getTraceId(), parent.getTraceId());
            assertEquals(recorded.getSpanId(), parent.getSpanId());
            assertTrue(parent.isRemote(), "read back, it is a remote parent");
        } finally {
            span.end();
        }
    }

    @Test
    void aRowWithoutOrWithAnUnreadableContextHasNone() {
        assertTrue(TraceContext.of(null, null).isEmpty());
        assertTrue(TraceContext.of(" ", null).isEmpty());
        assertTrue(TraceContext.of("00-not-a-trace-01", null).isEmpty());
        assertTrue(TraceContext.of("00-00000000000000000000000000000000-00f067aa0ba902b7-01", null).isEmpty());
    }

    @Test
    void theRelayedRecordCarriesTheStoredContextAsHeadersAndAsItsParent() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Optional<TraceContext> stored = TraceContext.of(traceparent, "vendor=value");
        RecordHeaders headers = new RecordHeaders();
        OutgoingTrace.addHeaders(stored, headers);
        assertEquals(traceparent, new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8));
        assertEquals("vendor=value", new String(headers.lastHeader("tracestate").value(), StandardCharsets.UTF_8));

        Metadata metadata = OutgoingTrace.metadata("kafka-record-metadata", stored);
        SpanContext parent = Span.fromContext(metadata.get(TracingMetadata.class).orElseThrow().getCurrentContext())
                .getSpanContext();
        assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", parent.getTraceId());
        assertEquals("00f067aa0ba902b7", parent.getSpanId());
    }

    @Test
    void aRowWithoutContextIsRelayedAsBefore() {
        RecordHeaders headers = new RecordHeaders();
        OutgoingTrace.addHeaders(Optional.empty(), headers);
        assertNull(headers.lastHeader("traceparent"));
        assertTrue(OutgoingTrace.metadata("kafka-record-metadata", Optional.empty()).get(TracingMetadata.class).isEmpty());
    }
}
