package nl.schaalsprong.local.run;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OTLP/HTTP trace receiver for the end-to-end tests: the suite's services export their spans to it
 * ({@code http/protobuf}, batches every 100 ms), and a test asks which spans one trace holds. It reads only what the
 * tests need of an {@code ExportTraceServiceRequest} (service name, trace, span and parent ids, name, kind), straight
 * from the protobuf wire format, so no generated classes are needed.
 */
final class OtlpTraceReceiver implements AutoCloseable {

    /** One received span. {@code kind} is OTLP's: 2 server, 3 client, 4 producer, 5 consumer. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name, int kind) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpTraceReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                InputStream body = exchange.getRequestBody();
                if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    body = new GZIPInputStream(body);
                }
                spans.addAll(exportRequest(body.readAllBytes()));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    /** What a service needs to export its spans here at once. */
    Map<String, String> serviceConfig() {
        return Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://localhost:" + server.getAddress().getPort(),
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf",
                "quarkus.otel.bsp.schedule.delay", "100ms");
    }

    List<ReceivedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // --- protobuf wire format: ExportTraceServiceRequest { repeated ResourceSpans resource_spans = 1 } ---

    static List<ReceivedSpan> exportRequest(byte[] message) {
        List<ReceivedSpan> found = new ArrayList<>();
        for (Field field : fields(message)) {
            if (field.number() == 1) {
                found.addAll(resourceSpans(field.bytes()));
            }
        }
        return found;
    }

    /** ResourceSpans { Resource resource = 1; repeated ScopeSpans scope_spans = 2 }. */
    private static List<ReceivedSpan> resourceSpans(byte[] message) {
        String service = null;
        List<byte[]> scopes = new ArrayList<>();
        for (Field field : fields(message)) {
            if (field.number() == 1) {
                service = serviceName(field.bytes());
            } else if (field.number() == 2) {
                scopes.add(field.bytes());
            }
        }
        List<ReceivedSpan> found = new ArrayList<>();
        for (byte[] scope : scopes) {
            for (Field field : fields(scope)) { // ScopeSpans { scope = 1; repeated Span spans = 2 }
                if (field.number() == 2) {
                    found.add(span(service, field.bytes()));
                }
            }
        }
        return found;
    }

    /** Resource { repeated KeyValue attributes = 1 }, KeyValue { key = 1; AnyValue value = 2 }, AnyValue { string = 1 }. */
    private static String serviceName(byte[] resource) {
        for (Field attribute : fields(resource)) {
            if (attribute.number() != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : fields(attribute.bytes())) {
                if (part.number() == 1) {
                    key = part.text();
                } else if (part.number() == 2) {
                    for (Field any : fields(part.bytes())) {
                        if (any.number() == 1) {
                            value = any.text();
                        }
                    }
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return null;
    }

    /** Span { trace_id = 1; span_id = 2; trace_state = 3; parent_span_id = 4; name = 5; kind = 6; ... }. */
    private static ReceivedSpan span(String service, byte[] message) {
        String traceId = null;
        String spanId = null;
        String parent = "";
        String name = null;
        int kind = 0;
        for (Field field : fields(message)) {
            switch (field.number()) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes());
                case 4 -> parent = HexFormat.of().formatHex(field.bytes());
                case 5 -> name = field.text();
                case 6 -> kind = (int) field.varint();
                default -> {
                }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parent, name, kind);
    }

    private record Field(int number, long varint, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static List<Field> fields(byte[] message) {
        List<Field> fields = new ArrayList<>();
        int[] at = {0};
        while (at[0] < message.length) {
            long tag = varint(message, at);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> fields.add(new Field(number, varint(message, at), null));
                case 1 -> at[0] += 8;
                case 2 -> {
                    int length = (int) varint(message, at);
                    byte[] bytes = new byte[length];
                    System.arraycopy(message, at[0], bytes, 0, length);
                    at[0] += length;
                    fields.add(new Field(number, 0, bytes));
                }
                case 5 -> at[0] += 4;
                default -> throw new IllegalArgumentException("unsupported protobuf wire type in tag " + tag);
            }
        }
        return fields;
    }

    private static long varint(byte[] message, int[] at) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = message[at[0]++];
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
