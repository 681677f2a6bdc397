package nl.schaalsprong.verification.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

import java.io.IOException;

/**
 * The {@code detail} of typology-service's problem+json answer, so that what a parked lesson or a dead letter says
 * names the cause typology gave (for a 422, the dimensions the buurt lacks) rather than only a status.
 */
final class TypologyProblem {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A detail is for reading in a log line or a parked lesson's reason, not for storing a whole body. */
    private static final int LONGEST = 500;

    private TypologyProblem() {
    }

    /** {@code ": <detail>"}, or empty when the answer has no readable detail. */
    static String detailOf(Response response) {
        try {
            if (!response.hasEntity()) {
                return "";
            }
            JsonNode detail = JSON.readTree(response.readEntity(String.class)).path("detail");
            if (!detail.isTextual() || detail.asText().isBlank()) {
                return "";
            }
            String text = detail.asText();
            return ": " + (text.length() > LONGEST ? text.substring(0, LONGEST) + "…" : text);
        } catch (RuntimeException | IOException unreadable) {
            return ""; // the status alone still says what kind of failure it was
        }
    }
}
