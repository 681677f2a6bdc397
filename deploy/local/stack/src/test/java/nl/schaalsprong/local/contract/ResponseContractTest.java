package nl.schaalsprong.local.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/v1/lessons/{id}": {"get": {"operationId": "getLesson", "responses": {
                 "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Lesson"}}}},
                 "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}},
               "/api/v1/lessons/search": {"get": {"operationId": "searchLessons", "responses": {
                 "200": {"content": {"text/csv": {"schema": {"type": "string"}}}}}}},
               "/api/v1/lessons/{id}/tags": {"delete": {"operationId": "removeTags", "responses": {
                 "204": {"description": "gone"}}}}
             },
             "components": {"schemas": {"Lesson": {"type": "object", "required": ["id", "status"], "properties": {
               "id": {"type": "string"},
               "successorId": {"type": ["string", "null"]},
               "barrier": {"type": "string"},
               "status": {"type": "string", "enum": ["DRAFT", "PUBLISHED"]}}}}}}
            """;

    private final ResponseContract contract;

    ResponseContractTest() throws IOException {
        contract = new ResponseContract(new OpenApiDocument(new ObjectMapper().readTree(DOCUMENT)));
    }

    @Test
    void anAnswerAsDeclaredHasNoDrift() {
        assertEquals(List.of(), contract.drifts("GET", "/api/v1/lessons/a1", 200, "application/json;charset=UTF-8",
                "{\"id\":\"a1\",\"successorId\":null,\"status\":\"DRAFT\"}"));
        assertEquals(List.of(), contract.drifts("DELETE", "/api/v1/lessons/a1/tags", 204, null, ""));
    }

    @Test
    void aNullWhereTheDocumentForbidsOneIsNamedWithOperationStatusAndPointer() {
        List<String> drifts = contract.drifts("GET", "/api/v1/lessons/a1", 200, "application/json",
                "{\"id\":\"a1\",\"barrier\":null,\"status\":\"GONE\"}");
        assertEquals(2, drifts.size(), drifts.toString());
        assertTrue(drifts.stream().anyMatch(d -> d.startsWith("GET /api/v1/lessons/{id} (getLesson) 200")
                && d.contains("at /barrier") && d.contains("null")), drifts.toString());
        assertTrue(drifts.stream().anyMatch(d -> d.contains("at /status") && d.contains("\"GONE\"")),
                drifts.toString());
    }

    @Test
    void aLiteralPathIsPreferredOverATemplate() {
        assertEquals(List.of(), contract.drifts("GET", "/api/v1/lessons/search", 200, "text/csv", "a,b"));
    }

    @Test
    void anUndeclaredStatusOrContentTypeOrOperationIsADrift() {
        assertEquals(List.of("GET /api/v1/lessons/{id} (getLesson) answered 500, a status the document does not "
                + "declare (declared: 200, 404)"), contract.drifts("GET", "/api/v1/lessons/a1", 500, null, ""));
        assertTrue(contract.drifts("GET", "/api/v1/lessons/a1", 404, "application/json", "{}").get(0)
                .contains("answered application/json, the document declares [application/problem+json]"));
        assertTrue(contract.drifts("DELETE", "/api/v1/lessons/a1/tags", 204, "application/json", "{}").get(0)
                .contains("where the document declares none"));
        assertTrue(contract.drifts("POST", "/api/v1/lessons/a1", 200, "application/json", "{}").get(0)
                .contains("declares no such operation"));
        assertEquals(List.of(), contract.drifts("GET", "/api/v1/nothing-here", 404, "application/json", "{}"));
    }
}
