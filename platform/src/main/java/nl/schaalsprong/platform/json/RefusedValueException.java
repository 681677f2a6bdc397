package nl.schaalsprong.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A value in a request body that was read but refused, with a reason already in the client's terms (no Java types):
 * the problem+json mapper passes the reason on as it is, with the field's path.
 */
public class RefusedValueException extends JsonMappingException {

    public RefusedValueException(JsonParser parser, String reason) {
        super(parser, reason);
    }
}
