package nl.schaalsprong.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The W3C trace context ({@code traceparent}, optional {@code tracestate}) of one span, kept with an outbox row so the
 * relay, which runs later and in a trace of its own, can publish the event as a continuation of the trace that
 * recorded it. Written and read by OpenTelemetry's own W3C propagator, so the text is always what other tracers read.
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    public TraceContext {
        if (traceparent == null || traceparent.isBlank()) {
            throw new IllegalArgumentException("a trace context needs a traceparent");
        }
        tracestate = tracestate == null || tracestate.isBlank() ? null : tracestate;
    }

    /** The context of the span current on this thread, or empty outside any (valid) span. */
    public static Optional<TraceContext> current() {
        if (!Span.current().getSpanContext().isValid()) {
            return Optional.empty();
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return Optional.ofNullable(carrier.get(TRACEPARENT))
                .map(traceparent -> new TraceContext(traceparent, carrier.get(TRACESTATE)));
    }

    /** The trace id of the span current on this thread (32 hex digits), or null outside any span. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** A stored context again, or empty when none was stored (rows written before tracing) or it is unreadable. */
    public static Optional<TraceContext> of(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return Optional.empty();
        }
        TraceContext stored = new TraceContext(traceparent, tracestate);
        return stored.spanContext().isValid() ? Optional.of(stored) : Optional.empty();
    }

    /** The remote parent this context names: what a span continuing the recorded trace starts under. */
    public Context asParent() {
        return W3C.extract(Context.root(), this, Getter.INSTANCE);
    }

    public String traceId() {
        return spanContext().getTraceId();
    }

    private SpanContext spanContext() {
        return Span.fromContext(asParent()).getSpanContext();
    }

    private enum Getter implements TextMapGetter<TraceContext> {
        INSTANCE;

        @Override
        public Iterable<String> keys(TraceContext carrier) {
            return carrier.tracestate() == null ? List.of(TRACEPARENT) : List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(TraceContext carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceparent() : TRACESTATE.equals(key) ? carrier.tracestate() : null;
        }
    }
}
