package nl.schaalsprong.local.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a served OpenAPI document allows an answer to be, checked on one answer: the request reached a declared
 * operation, the status is declared for it, the content type is one it declares, and a JSON body fits the declared
 * schema (JSON Schema 2020-12, as OpenAPI 3.1 writes it). Each drift is named with the operation, the status and
 * the JSON pointer into the body, so a failing test says what to declare or stop sending.
 */
public final class ResponseContract {

    /**
     * OpenAPI 3.1's schema dialect: JSON Schema 2020-12 plus the annotations OpenAPI adds (and, at the root of a
     * standalone schema, the document's components for the references to resolve in).
     */
    static final String OAS_DIALECT = "https://spec.openapis.org/oas/3.1/dialect/base";
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            factory -> factory.metaSchema(JsonMetaSchema.builder(OAS_DIALECT, JsonMetaSchema.getV202012())
                    .keywords(Stream.of("discriminator", "xml", "externalDocs", "example", "components")
                            .map(NonValidationKeyword::new).toList())
                    .build()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).build();
    private static final int MAX_LISTED = 20;

    private final OpenApiDocument document;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public ResponseContract(OpenApiDocument document) {
        this.document = document;
    }

    /**
     * The drifts of one answer, empty when it is what the document says. {@code rawPath} is the request path as
     * sent (percent-encoded); {@code contentType} may be null; {@code body} is the body as text, possibly empty.
     */
    public List<String> drifts(String method, String rawPath, int status, String contentType, String body) {
        Optional<OpenApiDocument.Operation> found = document.operation(method, rawPath);
        if (found.isEmpty()) {
            // A request to a path the API does not have may be answered 404 or 405; anything else is undeclared.
            boolean refused = status == 404 || status == 405;
            return refused || !rawPath.startsWith("/api/") ? List.of()
                    : List.of(method + " " + rawPath + " answered " + status
                            + ", but the document declares no such operation");
        }
        OpenApiDocument.Operation operation = found.get();
        Optional<Map.Entry<String, JsonNode>> response = operation.response(status);
        if (response.isEmpty()) {
            return List.of(operation + " answered " + status + ", a status the document does not declare (declared: "
                    + String.join(", ", operation.declaredStatuses()) + ")");
        }
        return bodyDrifts(operation, status, response.get(), contentType, body == null ? "" : body);
    }

    private List<String> bodyDrifts(OpenApiDocument.Operation operation, int status,
            Map.Entry<String, JsonNode> response, String contentType, String body) {
        String where = operation + " " + status;
        JsonNode content = response.getValue().path("content");
        boolean declaresBody = content.isObject() && content.size() > 0;
        if (body.isEmpty() || "HEAD".equals(operation.method())) {
            return List.of();
        }
        if (!declaresBody) {
            return List.of(where + " answered a body (" + contentType + ") where the document declares none");
        }
        String mediaType = mediaType(contentType);
        Optional<String> declared = declaredMediaType(content, mediaType);
        if (declared.isEmpty()) {
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            return List.of(where + " answered " + contentType + ", the document declares " + types);
        }
        JsonNode schema = content.path(declared.get()).path("schema");
        if (!isJson(mediaType) || schema.isMissingNode()) {
            return List.of();
        }
        JsonNode instance;
        try {
            instance = OpenApiDocument.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of(where + " answered " + mediaType + " that is not JSON: " + e.getOriginalMessage());
        }
        String key = operation.method() + " " + operation.path() + " " + response.getKey() + " " + declared.get();
        JsonSchema validator = schemas.computeIfAbsent(key,
                k -> SCHEMAS.getSchema(document.standalone(schema), CONFIG));
        List<String> drifts = new ArrayList<>();
        Iterator<ValidationMessage> messages = validator.validate(instance).iterator();
        while (messages.hasNext() && drifts.size() < MAX_LISTED) {
            ValidationMessage message = messages.next();
            String pointer = message.getInstanceLocation().toString();
            drifts.add(where + " " + declared.get() + " at " + (pointer.isEmpty() ? "/" : pointer) + ": "
                    + message.getError() + " (value " + abbreviated(instance.at(pointer)) + "; schema "
                    + "#" + message.getSchemaLocation().getFragment() + ")");
        }
        return drifts;
    }

    private static Optional<String> declaredMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return Optional.of(mediaType);
        }
        String range = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        for (String candidate : List.of(range, "*/*")) {
            if (content.has(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "(none)";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String abbreviated(JsonNode value) {
        String text = value.isMissingNode() ? "(absent)" : value.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
