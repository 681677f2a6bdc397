package nl.schaalsprong.typology.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An import publishes one neighbourhood.changed per buurt whose values it changed, on the real broker. */
@QuarkusTest
class ImportEventsTest {

    private static final String TOPIC = "schaalsprong.typology";
    private static final String CHANGED = "BU19550001";
    private static final String UNCHANGED = "BU07660216";
    private final ObjectMapper mapper = new ObjectMapper();

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager entityManager;

    @BeforeEach
    void nationalFileImported() {
        NationalFile.ensureImported();
    }

    @Test
    void anImportEmitsOneEventPerChangedBuurtAndNoneForUnchangedOnes() throws Exception {
        String header = line(0);
        String changedAsStored = lineOf(CHANGED);
        String changed = changedAsStored.replace(",Montferland,3715,", ",Montferland,3716,");
        assertTrue(!changed.equals(changedAsStored), "the test changes the inhabitants of " + CHANGED);
        try (TopicReader consumer = TopicReader.subscribe(TOPIC)) {
            String first = NationalFile.importCsv(csv(header, changed, lineOf(UNCHANGED))).body("updated", equalTo(1))
                    .body("unchanged", equalTo(1)).extract().path("id");
            String second = NationalFile.importCsv(csv(header, changedAsStored, lineOf(UNCHANGED)))
                    .body("updated", equalTo(1)).extract().path("id");

            // The topic also holds the events of the imports before this test (the national file's, at least).
            List<String> ours = List.of("import " + first, "import " + second);
            List<JsonNode> events = new java.util.ArrayList<>();
            for (ConsumerRecord<String, String> record : consumer.recordsFor(CHANGED, Integer.MAX_VALUE,
                    Duration.ofSeconds(5))) {
                JsonNode event = mapper.readTree(record.value());
                if (ours.contains(event.at("/data/changedBy").asText())) {
                    events.add(event);
                }
            }
            assertEquals(2, events.size(), "one event per import that changed the buurt");
            JsonSchema schema = schema();
            int[] inhabitants = {3716, 3715};
            for (int i = 0; i < 2; i++) {
                JsonNode event = events.get(i);
                assertEquals(ours.get(i), event.at("/data/changedBy").asText());
                assertEquals("nl.schaalsprong.neighbourhood.changed.v1", event.get("type").asText());
                assertEquals(CHANGED, event.get("subject").asText());
                JsonNode data = event.get("data");
                assertTrue(schema.validate(data).isEmpty(), () -> "schema violations: " + schema.validate(data));
                assertEquals("IMPORT", data.get("cause").asText());
                assertEquals(List.of("AANTAL_INWONERS"), mapper.convertValue(data.get("changedKeys"), List.class));
                assertEquals(inhabitants[i], data.at("/values/AANTAL_INWONERS").asInt());
            }
            // A buurt the import left as stored emits nothing. Asked of the outbox, where an import's events are
            // written in its own transaction, not of the topic: no listening window can prove an absence.
            for (String importJob : ours) {
                assertEquals(0L, eventsInOutbox(UNCHANGED, importJob), "a buurt the import left as stored emits nothing");
                assertEquals(1L, eventsInOutbox(CHANGED, importJob), "the changed buurt's event is in the outbox");
            }
        }
    }

    private long eventsInOutbox(String buurt, String changedBy) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = :buurt"
                        + " and event_type = 'nl.schaalsprong.neighbourhood.changed.v1'"
                        + " and cast(payload as jsonb) #>> '{data,changedBy}' = :changedBy")
                .setParameter("buurt", buurt).setParameter("changedBy", changedBy).getSingleResult()).longValue());
    }

    private static byte[] csv(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String lineOf(String code) {
        return new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith(code + ",")).findFirst().orElseThrow();
    }

    private static String line(int index) {
        return new String(NationalFile.bytes(), StandardCharsets.UTF_8).lines().skip(index).findFirst().orElseThrow();
    }

    private JsonSchema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/neighbourhood.changed.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }
}
