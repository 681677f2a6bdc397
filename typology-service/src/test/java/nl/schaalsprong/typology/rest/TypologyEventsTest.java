package nl.schaalsprong.typology.rest;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Attribute changes and publications reach the real broker as CloudEvents, keyed by aggregate, valid against their schemas. */
@QuarkusTest
class TypologyEventsTest {

    private static final String TOPIC = "schaalsprong.typology";
    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void nationalFileImported() {
        NationalFile.ensureImported();
    }

    @Test
    void settingAnAttributeEmitsOneNeighbourhoodChangedPerChange() throws Exception {
        String buurt = "BU0363AF03";
        try (TopicReader consumer = TopicReader.subscribe(TOPIC)) {
            String level = "warmtenet-" + List.of("ht", "mt", "lt").get((int) (Math.random() * 3));
            setHeatStrategy(buurt, "all-electric");
            setHeatStrategy(buurt, "all-electric"); // unchanged: no event
            setHeatStrategy(buurt, level);

            List<ConsumerRecord<String, String>> records = consumer.recordsFor(buurt, Integer.MAX_VALUE,
                    Duration.ofSeconds(5));
            // An earlier run against the same broker may have left all-electric set; then only one change happened.
            List<JsonNode> events = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = mapper.readTree(record.value());
                // Imports emit this type for the buurt too (cause IMPORT); this test is about stewards.
                if ("ATTRIBUTE_SET".equals(event.at("/data/cause").asText())) {
                    events.add(event);
                }
            }
            JsonSchema schema = schema("neighbourhood.changed.v1.json");
            for (JsonNode event : events) {
                assertEquals("1.0", event.get("specversion").asText());
                assertEquals("nl.schaalsprong.neighbourhood.changed.v1", event.get("type").asText());
                assertEquals("/schaalsprong/typology-service", event.get("source").asText());
                assertEquals(buurt, event.get("subject").asText());
                Instant.parse(event.get("time").asText());
                assertTrue(schema.validate(event.get("data")).isEmpty(),
                        () -> "schema violations: " + schema.validate(event.get("data")));
            }
            assertEquals(List.of("all-electric", level), events.stream()
                    .map(e -> e.at("/data/values/WARMTESTRATEGIE").asText()).toList(),
                    "one event per change, none for setting the same value again");
            assertEquals("test-user", events.get(1).at("/data/changedBy").asText());
        }
    }

    @Test
    void publishingABasisEmitsOneEvent() throws Exception {
        String name = ComparabilityBasisTest.uniqueName("gebeurtenis");
        try (TopicReader consumer = TopicReader.subscribe(TOPIC)) {
            ComparabilityBasisTest.publishedBasis(name, Map.of("STEDELIJKHEID", 2, "AANDEEL_65_PLUS", 1));

            List<ConsumerRecord<String, String>> records = consumer.recordsFor(name, 1, Duration.ofSeconds(30));
            records.addAll(consumer.recordsFor(name, Integer.MAX_VALUE, Duration.ofSeconds(3)));
            assertEquals(1, records.size(), "creating a draft emits nothing; publishing emits one event");
            JsonNode event = mapper.readTree(records.get(0).value());
            assertEquals("nl.schaalsprong.comparability-basis.published.v1", event.get("type").asText());
            assertEquals(name, event.get("subject").asText());
            assertEquals(1, event.at("/data/version").asInt());
            assertEquals("AANDEEL_65_PLUS", event.at("/data/weights/0/dimension").asText());
            JsonSchema schema = schema("comparability-basis.published.v1.json");
            assertTrue(schema.validate(event.get("data")).isEmpty(),
                    () -> "schema violations: " + schema.validate(event.get("data")));
        }
    }

    private static void setHeatStrategy(String buurt, String value) {
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"value\":\"" + value + "\"}")
                .when().put("/api/v1/neighbourhoods/" + buurt + "/attributes/WARMTESTRATEGIE").then().statusCode(200);
    }


    private JsonSchema schema(String file) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/" + file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }

}
