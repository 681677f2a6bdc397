package nl.schaalsprong.local.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BreakingChangesTest {

    private static final String PUBLISHED = """
            {"openapi": "3.1.0", "paths": {
              "/api/v1/lessons/{id}": {
                "get": {"operationId": "getLesson", "parameters": [
                    {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                    {"name": "view", "in": "query", "schema": {"type": "string", "enum": ["FULL", "SHORT"]}}],
                  "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Lesson"}}}},
                                "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}},
                "put": {"operationId": "reviseLesson", "requestBody": {"content": {"application/json": {"schema": {
                    "type": "object", "required": ["title"], "properties": {"title": {"type": "string"},
                    "outcome": {"type": "string", "enum": ["SUCCESS", "FAILURE"]}}}}}},
                  "responses": {"200": {"description": "revised"}}}},
              "/api/v1/barriers": {"get": {"operationId": "listBarriers", "responses": {"200": {"description": "all"}}}}},
             "components": {"schemas": {"Lesson": {"type": "object", "required": ["id", "status"], "properties": {
               "id": {"type": "string"}, "title": {"type": "string"},
               "status": {"type": "string", "enum": ["DRAFT", "PUBLISHED"]}}}}}}
            """;

    private final ObjectMapper json = new ObjectMapper();

    private List<String> changesTo(String served) throws IOException {
        return BreakingChanges.between(new OpenApiDocument(json.readTree(PUBLISHED)),
                new OpenApiDocument(json.readTree(served)));
    }

    @Test
    void theSameDocumentBreaksNothing() throws IOException {
        assertEquals(List.of(), changesTo(PUBLISHED));
    }

    @Test
    void additionsBreakNothing() throws IOException {
        String served = PUBLISHED
                .replace("\"title\": {\"type\": \"string\"},\n", "\"title\": {\"type\": \"string\"}, \"tags\": {\"type\": \"array\"},\n")
                .replace("\"enum\": [\"SUCCESS\", \"FAILURE\"]", "\"enum\": [\"SUCCESS\", \"PARTIAL\", \"FAILURE\"]")
                .replace("\"/api/v1/barriers\": {", "\"/api/v1/advice\": {\"get\": {\"operationId\": \"listAdvice\", "
                        + "\"responses\": {}}}, \"/api/v1/barriers\": {");
        assertEquals(List.of(), changesTo(served));
    }

    @Test
    void removalsNarrowingAndWideningAreBreaking() throws IOException {
        String served = PUBLISHED
                .replace("\"/api/v1/barriers\": {\"get\"", "\"/api/v1/barriers\": {\"post\"")
                .replace("\"id\": {\"type\": \"string\"}, \"title\": {\"type\": \"string\"},",
                        "\"id\": {\"type\": [\"string\", \"null\"]},")
                .replace("\"enum\": [\"DRAFT\", \"PUBLISHED\"]", "\"enum\": [\"DRAFT\", \"PUBLISHED\", \"SUPERSEDED\"]")
                .replace("\"required\": [\"title\"]", "\"required\": [\"title\", \"outcome\"]")
                .replace("\"enum\": [\"FULL\", \"SHORT\"]", "\"enum\": [\"FULL\"]");
        List<String> changes = changesTo(served);
        assertTrue(changes.contains("GET /api/v1/barriers (listBarriers) was removed"), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.startsWith("GET /api/v1/lessons/{id} (getLesson) 200 "
                + "application/json field title was removed")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.contains("field id: may now answer [null]")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.contains("field status: may now answer the values [SUPERSEDED]")),
                changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.contains("request application/json: field outcome became "
                + "required")), changes.toString());
        assertTrue(changes.stream().anyMatch(c -> c.contains("parameter query view: no longer accepts the values "
                + "[SHORT]")), changes.toString());
        assertEquals(6, changes.size(), changes.toString());
    }
}
