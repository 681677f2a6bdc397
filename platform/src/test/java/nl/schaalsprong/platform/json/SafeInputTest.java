package nl.schaalsprong.platform.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeInputTest {

    record Body(String title, List<String> codes, Double share, double ratio, BigDecimal value) {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new SafeInput().customize(mapper);
        return mapper;
    }

    private static JsonMappingException refused(String json) {
        return assertThrows(JsonMappingException.class, () -> mapper().readValue(json, Body.class));
    }

    @Test
    void aBodyWithMoreAfterItsJsonValueIsRefusedInClientTerms() {
        Map<String, String> details = Map.of(
                "{\"title\":\"x\"}}", "malformed JSON at line 1, column 14",
                "{\"title\":\"x\"} {\"title\":\"y\"}", "there is more after the JSON value (line 1, column");
        details.forEach((json, expected) -> {
            var refused = assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                    () -> mapper().readValue(json, Body.class));
            String detail = nl.schaalsprong.platform.problem.ClientTerms.unreadableBody(refused);
            assertTrue(detail.contains(expected), detail);
            assertFalse(detail.contains("Token") || detail.contains("`"), detail);
        });
    }

    @Test
    void ordinaryInputPassesUnchanged() throws Exception {
        Body body = mapper().readValue("""
                {"title":"twee\\nregels","codes":["BU00140000"],"share":0.7,"ratio":2,"value":70.5}""", Body.class);
        assertEquals("twee\nregels", body.title());
        assertEquals(List.of("BU00140000"), body.codes());
        assertEquals(new BigDecimal("70.5"), body.value());
    }

    @Test
    void aControlCharacterInTextIsRefusedWherePostgresWouldFail() {
        JsonMappingException e = refused("{\"title\":\"a\\u0000b\"}");
        assertInstanceOf(RefusedValueException.class, e);
        assertEquals("must not contain control characters (U+0000 at position 2)", e.getOriginalMessage());
        assertEquals("title", e.getPath().get(0).getFieldName());
        assertTrue(refused("{\"codes\":[\"ok\",\"x\\u001b\"]}").getPathReference().contains("codes"));
    }

    @Test
    void numbersBeyondWhatAnyFigureNeedsAreRefused() {
        assertTrue(refused("{\"value\":1e200000}").getOriginalMessage().contains("1e100"));
        assertTrue(refused("{\"value\":-1e100}").getOriginalMessage().contains("1e100"));
        assertTrue(refused("{\"value\":1e-200000}").getOriginalMessage().contains("decimals"));
        assertTrue(refused("{\"share\":1e400}").getOriginalMessage().contains("finite"));
        assertTrue(refused("{\"ratio\":-1e400}").getOriginalMessage().contains("finite"));
    }

    @Test
    void zeroWithAnyExponentIsPlainZero() throws Exception {
        assertEquals(BigDecimal.ZERO, mapper().readValue("{\"value\":0e999999}", Body.class).value());
    }

    @Test
    void theBoundIsExclusiveAndChecksTheExponentFirst() {
        assertTrue(SafeInput.withinBounds(new BigDecimal("9.99e99")));
        assertFalse(SafeInput.withinBounds(new BigDecimal("1e100")));
        assertFalse(SafeInput.withinBounds(new BigDecimal("1e999999999")));
        assertTrue(SafeInput.withinBounds(new BigDecimal("0.5")));
    }
}
