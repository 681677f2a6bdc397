package nl.schaalsprong.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tagging that arrives inside a caller's trace is recorded in that trace: the outbox row keeps the W3C context of the
 * span current at append, and the relay, which publishes later in a trace of its own, sends the recorded trace as the
 * CloudEvents {@code traceparent} extension and as the Kafka {@code traceparent} header a consumer continues.
 */
@QuarkusTest
class OutboxTraceTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTaggingsEventCarriesTheTraceItWasRecordedIn() throws Exception {
        String traceId = randomHex(16);
        String callerSpan = randomHex(8);
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.lessons")) {
            String id = Lessons.publish(Lessons.COMPLETE);
            given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor())
                    .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                    .body("{\"tags\":[\"techniek/warmtenet\"]}")
                    .when().post("/api/v1/lessons/" + id + "/tags").then().statusCode(200);

            List<ConsumerRecord<String, String>> records = consumer.recordsFor(id, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "the tagging's event was relayed");
            ConsumerRecord<String, String> record = records.get(0);

            String stored = storedTraceparent(id);
            assertNotNull(stored, "the outbox row keeps the trace context of the span that appended it");
            assertTrue(stored.startsWith("00-" + traceId + "-"), () -> "stored under the caller's trace: " + stored);
            assertNotEquals("00-" + traceId + "-" + callerSpan + "-01", stored,
                    "the stored span is the service's own span inside the trace, not the caller's");

            JsonNode envelope = mapper.readTree(record.value());
            assertEquals(stored, envelope.path("traceparent").asText(null),
                    "the CloudEvent carries the stored context as its traceparent extension");
            List<String> headers = headers(record, "traceparent");
            assertEquals(stored, headers.get(0), "the stored context is the first traceparent header");
            String continued = headers.get(headers.size() - 1);
            assertTrue(continued.startsWith("00-" + traceId + "-"),
                    () -> "the header a consumer continues (the last) is in the recorded trace: " + continued);
        }
    }

    @Test
    void aProblemNamesTheTraceOfTheFailedRequest() {
        String traceId = randomHex(16);
        given().header("Authorization", TestTokens.bearer("steward"))
                .header("traceparent", "00-" + traceId + "-" + randomHex(8) + "-01")
                .when().get("/api/v1/lessons/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("traceId", equalTo(traceId));
    }

    private String storedTraceparent(String lessonId) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select traceparent from outbox_event where aggregate_id = ? order by seq desc limit 1")) {
            select.setString(1, lessonId);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "an outbox row for the lesson");
                return row.getString(1);
            }
        }
    }

    private static List<String> headers(ConsumerRecord<String, String> record, String key) {
        List<String> values = new ArrayList<>();
        for (Header header : record.headers().headers(key)) {
            values.add(new String(header.value(), StandardCharsets.UTF_8));
        }
        assertFalse(values.isEmpty(), "the record has a " + key + " header");
        return values;
    }

    private static String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(value);
        value[0] |= 1; // never all zeros, which W3C reads as no trace
        return HexFormat.of().formatHex(value);
    }
}
