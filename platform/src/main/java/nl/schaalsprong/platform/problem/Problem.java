package nl.schaalsprong.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An RFC 9457 problem detail, the body of every error this product answers. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details", example = """
        {"type":"https://schaalsprong.nl/problems/validation","title":"Invalid request","status":400,
         "detail":"2 fields are invalid","instance":"/api/v1/lessons",
         "errors":[{"field":"title","message":"must not be blank"}]}""")
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String BASE = "https://schaalsprong.nl/problems/";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(URI.create(BASE + slug), title, status, detail, instance, List.of());
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, List.copyOf(fieldErrors));
    }

    @Schema(name = "FieldError", description = "One invalid input field")
    public record FieldError(String field, String message) {
    }
}
