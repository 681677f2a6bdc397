package nl.schaalsprong.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.schaalsprong.platform.tracing.TraceContext;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error this product answers. {@code traceId} is an extension member:
 * the trace the failing request ran in, so an operator finds its spans and log lines from what a client reports.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details", example = """
        {"type":"https://schaalsprong.nl/problems/validation","title":"Invalid request","status":400,
         "detail":"2 fields are invalid","instance":"/api/v1/lessons",
         "errors":[{"field":"title","message":"must not be blank"}]}""")
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
                      @Schema(nullable = true, pattern = "^[0-9a-f]{32}$", example = "4bf92f3577b34da6a3ce929d0e0e4736",
                              description = "The W3C trace id of the request, for finding its trace and log lines; "
                                      + "absent when the request was not traced")
                      String traceId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://schaalsprong.nl/problems/";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(URI.create(BASE + slug), title, status, detail, instance, List.of(),
                TraceContext.currentTraceId());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors), traceId);
    }

    @Schema(name = "FieldError", description = "One invalid input field")
    public record FieldError(String field, String message) {
    }
}
