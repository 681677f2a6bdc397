package nl.schaalsprong.platform.tracing;

import io.smallrye.reactive.messaging.TracingMetadata;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a relayed outbox row continues the trace it was recorded in. The relay publishes later, on a thread whose
 * current span (if any) belongs to someone else; so the record gets the stored {@code traceparent} and
 * {@code tracestate} as Kafka headers, and the message names the stored context as its parent, which makes the
 * connector's publish span (and the {@code traceparent} header it writes last, the one consumers read) part of the
 * recorded trace instead of the relay's. A row without a stored context is published as before.
 */
public final class OutgoingTrace {

    private OutgoingTrace() {
    }

    /** Adds the stored context to the record's headers: a consumer without OpenTelemetry still sees it. */
    public static void addHeaders(Optional<TraceContext> trace, Headers headers) {
        trace.ifPresent(context -> {
            headers.add(TraceContext.TRACEPARENT, context.traceparent().getBytes(StandardCharsets.UTF_8));
            if (context.tracestate() != null) {
                headers.add(TraceContext.TRACESTATE, context.tracestate().getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    /** The message metadata: the Kafka record's, plus the stored context as the parent of the publish span. */
    public static Metadata metadata(Object kafka, Optional<TraceContext> trace) {
        return trace.map(context -> Metadata.of(kafka, TracingMetadata.withCurrent(context.asParent())))
                .orElseGet(() -> Metadata.of(kafka));
    }
}
