package nl.schaalsprong.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tagging reaches the real broker as exactly one CloudEvent per tagging, keyed by the lesson and valid against its schema. */
@QuarkusTest
class LessonTaggedEventTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void eachTaggingThatAddsTagsEmitsExactlyOneCloudEvent() throws Exception {
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.lessons")) {
            String id = LessonResourceTest.recordLesson();
            tag(id, "[\"participatie/keukentafelgesprekken\",\"techniek/hybride-warmtepomp\"]");
            tag(id, "[\"participatie/keukentafelgesprekken\"]"); // nothing new: no event
            tag(id, "[\"financiering/gebiedsfonds\"]");

            List<ConsumerRecord<String, String>> records = consumer.recordsFor(id, 2, Duration.ofSeconds(30));
            // Keep listening a while longer: a duplicate or an event for the no-op tagging would show up here.
            records.addAll(consumer.recordsFor(id, Integer.MAX_VALUE, Duration.ofSeconds(3)));
            assertEquals(2, records.size(), "two taggings added tags, so two events; the no-op emitted none");

            JsonSchema schema = schema();
            JsonNode first = mapper.readTree(records.get(0).value());
            assertEquals("1.0", first.get("specversion").asText());
            assertEquals("nl.schaalsprong.lesson.tagged.v1", first.get("type").asText());
            assertEquals("/schaalsprong/lessons-service", first.get("source").asText());
            assertEquals(id, first.get("subject").asText());
            assertEquals(UUID.fromString(first.get("id").asText()).toString(), first.get("id").asText());
            Instant.parse(first.get("time").asText());
            assertEquals(List.of("participatie/keukentafelgesprekken", "techniek/hybride-warmtepomp"),
                    mapper.convertValue(first.at("/data/addedTags"), List.class));
            for (ConsumerRecord<String, String> record : records) {
                JsonNode data = mapper.readTree(record.value()).get("data");
                assertTrue(schema.validate(data).isEmpty(), () -> "schema violations: " + schema.validate(data));
            }
            JsonNode second = mapper.readTree(records.get(1).value());
            assertEquals(List.of("financiering/gebiedsfonds"), mapper.convertValue(second.at("/data/addedTags"), List.class));
        }
    }

    private static void tag(String id, String tags) {
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("contributor"))
                .body("{\"tags\":" + tags + "}")
                .when().post("/api/v1/lessons/" + id + "/tags").then().statusCode(200);
    }


    private JsonSchema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/lesson.tagged.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }

}
