package nl.schaalsprong.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CloudEvents 1.0 envelope in structured JSON mode: the whole record value is this object, so a consumer
 * needs no Kafka headers to know what it holds. {@code subject} is the aggregate id, which is also the record key.
 * {@code traceparent} and {@code tracestate} are the optional Distributed Tracing extension: the W3C trace context
 * of the span that recorded the event, absent on events recorded outside a trace (and before tracing existed).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String type,
        String source,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        String dataschema,
        JsonNode data,
        String traceparent,
        String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Event types are reverse-DNS and end in a version, so a breaking change gets a new type, never a silent one. */
    private static final Pattern VERSIONED_TYPE = Pattern.compile("^nl\\.schaalsprong(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+$");

    /** An event recorded outside any trace. */
    public CloudEvent(String specversion, String id, String type, String source, OffsetDateTime time, String subject,
                      String datacontenttype, String dataschema, JsonNode data) {
        this(specversion, id, type, source, time, subject, datacontenttype, dataschema, data, null, null);
    }

    public CloudEvent {
        requireText(id, "id");
        requireText(type, "type");
        requireText(source, "source");
        requireText(subject, "subject");
        Objects.requireNonNull(time, "CloudEvent attribute 'time' is required");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new InvalidCloudEventException("unsupported specversion '" + specversion + "', expected " + SPEC_VERSION);
        }
        if (!VERSIONED_TYPE.matcher(type).matches()) {
            throw new InvalidCloudEventException("type '" + type + "' is not a versioned nl.schaalsprong type");
        }
        if (data == null || data.isNull()) {
            throw new InvalidCloudEventException("CloudEvent '" + id + "' carries no data");
        }
    }

    private static void requireText(String value, String attribute) {
        if (value == null || value.isBlank()) {
            throw new InvalidCloudEventException("CloudEvent attribute '" + attribute + "' is required");
        }
    }
}
