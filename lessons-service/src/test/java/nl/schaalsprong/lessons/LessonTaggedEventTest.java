package nl.schaalsprong.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tagging reaches the real broker as exactly one CloudEvent per tagging, keyed by the lesson and valid against its schema. */
@QuarkusTest
class LessonTaggedEventTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void eachTaggingThatAddsTagsEmitsExactlyOneCloudEvent() throws Exception {
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.lessons")) {
            String id = Lessons.publish(Lessons.COMPLETE);
            Lessons.tag(id, "[\"participatie/keukentafelgesprekken\",\"techniek/hybride-warmtepomp\"]").statusCode(200);
            Lessons.tag(id, "[\"participatie/keukentafelgesprekken\"]").statusCode(200); // nothing new: no event
            Lessons.tag(id, "[\"financiering/gebiedsfonds\"]").statusCode(200);

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

    /** What verification needs travels with the event; the gemeente follows from the origin buurt while the register lacks it. */
    @Test
    void theEventCarriesOriginRoutesLayerRightscalingAndConditions() throws Exception {
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.lessons")) {
            String id = Lessons.publish(Lessons.complete("\"REPLICATIE\",\"GROEI\"", ""));
            Lessons.tag(id, "[\"techniek/warmtenet\"]").statusCode(200);
            List<ConsumerRecord<String, String>> records = consumer.recordsFor(id, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            assertEquals(id, records.get(0).key());
            JsonNode data = mapper.readTree(records.get(0).value()).get("data");
            assertEquals(Lessons.PROEFTUIN, data.get("proeftuinId").asText());
            assertEquals("Groningen, Paddepoel en Selwerd", data.get("pilot").asText());
            assertEquals("GM0014", data.get("gemeenteCode").asText());
            assertEquals(List.of(TypologyStub.ORIGIN), mapper.convertValue(data.get("originBuurtCodes"), List.class));
            assertEquals(List.of("GROEI", "REPLICATIE"), mapper.convertValue(data.get("routes"), List.class));
            assertEquals("MENU", data.get("claimedLayer").asText());
            assertEquals("BUURT", data.at("/rightscaling/appliedAt").asText());
            assertEquals("STRAAT", data.at("/rightscaling/smallest").asText());
            assertEquals("WIJK", data.at("/rightscaling/largest").asText());
            assertEquals(List.of("EXTRA_FINANCIERING"), mapper.convertValue(data.get("experimentConditions"), List.class));
            // Added to v1 for the advice (session 5): what the lesson recommends, its outcome and indicators.
            assertEquals("Plan per straat een ronde keukentafelgesprekken voor het aanbod.",
                    data.get("recommendation").asText());
            assertEquals("SUCCESS", data.get("outcome").asText());
            assertEquals("deelname eigenaren", data.at("/indicators/0/name").asText());
            assertEquals(70, data.at("/indicators/0/value").asInt());
            assertEquals("2021-06-01", data.at("/indicators/0/date").asText());
            assertEquals(List.of("participatie"), mapper.convertValue(data.get("themes"), List.class));
            assertEquals("participatie/keukentafelgesprekken", data.get("module").asText());
            assertTrue(schema().validate(data).isEmpty(), () -> "schema violations: " + data);
        }
    }

    @Test
    void taggingALessonThatIsNotPublishedIsA409AndEmitsNothing() {
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.lessons")) {
            String id = Lessons.record(Lessons.COMPLETE);
            Lessons.tag(id, "[\"techniek/warmtenet\"]").statusCode(409)
                    .contentType(startsWith("application/problem+json")).body("detail", containsString("DRAFT"));
            assertEquals(0, consumer.recordsFor(id, Integer.MAX_VALUE, Duration.ofSeconds(3)).size());
        }
    }

    private JsonSchema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/lesson.tagged.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }
}
