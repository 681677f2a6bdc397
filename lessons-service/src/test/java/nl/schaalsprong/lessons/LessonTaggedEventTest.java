package nl.schaalsprong.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.schaalsprong.local.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("schaalsprong.lessons"));
            String id = LessonResourceTest.recordLesson();
            tag(id, "[\"participatie/keukentafelgesprekken\",\"techniek/hybride-warmtepomp\"]");
            tag(id, "[\"participatie/keukentafelgesprekken\"]"); // nothing new: no event
            tag(id, "[\"financiering/gebiedsfonds\"]");

            List<ConsumerRecord<String, String>> records = recordsFor(consumer, id, 2, Duration.ofSeconds(30));
            // Keep listening a while longer: a duplicate or an event for the no-op tagging would show up here.
            records.addAll(recordsFor(consumer, id, Integer.MAX_VALUE, Duration.ofSeconds(3)));
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

    private static List<ConsumerRecord<String, String>> recordsFor(KafkaConsumer<String, String> consumer, String key,
                                                                   int wanted, Duration within) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        Instant deadline = Instant.now().plus(within);
        while (found.size() < wanted && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    private JsonSchema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/lesson.tagged.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }

    static KafkaConsumer<String, String> consumer() {
        String servers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ConsumerConfig.GROUP_ID_CONFIG, "lessons-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
    }
}
