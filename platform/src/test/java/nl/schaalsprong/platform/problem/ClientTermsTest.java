package nl.schaalsprong.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.platform.json.SafeInput;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientTermsTest {

    enum Layer { GENERIEK, MENU, SPECIFIEK }

    record Inner(int count) {
    }

    record Body(String title, Layer layer, List<String> tags, int page, long total, LocalDate date, Inner inner) {
    }

    private static String detail(String json) {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new SafeInput().customize(mapper);
        JsonProcessingException e = assertThrows(JsonProcessingException.class, () -> mapper.readValue(json, Body.class));
        String detail = ClientTerms.unreadableBody(e);
        assertFalse(detail.contains("java."), detail);
        assertFalse(detail.contains("JsonToken"), detail);
        assertFalse(detail.contains("`"), detail);
        assertFalse(detail.contains("ClientTermsTest"), detail);
        return detail;
    }

    @Test
    void aWrongJsonTypeIsNamedAsJson() {
        assertEquals("field 'title' could not be read: must be text, not a list", detail("{\"title\":[\"x\"]}"));
        assertEquals("field 'tags' could not be read: must be a list, not an object", detail("{\"tags\":{}}"));
        assertEquals("field 'inner' could not be read: must be an object with the documented fields, not a list",
                detail("{\"inner\":[1]}"));
    }

    @Test
    void anUnknownEnumValueListsTheKnownOnes() {
        assertEquals("field 'layer' could not be read: 'MENUX' is not one of GENERIEK, MENU, SPECIFIEK",
                detail("{\"layer\":\"MENUX\"}"));
    }

    @Test
    void aWholeNumberOutOfRangeNamesTheRange() {
        assertEquals("field 'inner.count' could not be read: must be a whole number between -2147483648 and 2147483647",
                detail("{\"inner\":{\"count\":3000000000}}"));
        assertTrue(detail("{\"total\":99999999999999999999}").contains("9223372036854775807"));
    }

    @Test
    void aMalformedDateOrDocumentSaysWhereAndWhat() {
        assertTrue(detail("{\"date\":\"gisteren\"}").startsWith("field 'date' could not be read: 'gisteren' is not a date"),
                detail("{\"date\":\"gisteren\"}"));
        assertTrue(detail("{\"title\":").startsWith("the request body is not valid JSON for this endpoint: malformed JSON"));
    }

    @Test
    void aRefusedValueKeepsItsOwnReason() {
        assertEquals("field 'title' could not be read: must not contain control characters (U+0000 at position 1)",
                detail("{\"title\":\"\\u0000\"}"));
    }
}
