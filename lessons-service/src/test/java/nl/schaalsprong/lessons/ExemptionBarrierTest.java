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
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson leaning on an exemption (VRIJSTELLING) opens a barrier for the rule it was exempted from when it is
 * published; a second lesson exempted from the same rule is linked to that barrier, and the lesson's LessonTagged
 * names the barriers it leans on.
 */
@QuarkusTest
class ExemptionBarrierTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void publishingOpensABarrierAndTheSameRuleLinksTheSameBarrier() {
        String first = Lessons.publish(exempted("Omgevingsplan Paddepoel art. 4.2", "GEMEENTE"));
        String barrier = onlyBarrierOf(first);
        given().when().get("/api/v1/barriers/" + barrier).then().statusCode(200)
                .body("status", equalTo("GESIGNALEERD"))
                .body("level", equalTo("GEMEENTE"))
                .body("ruleNamed", equalTo("Omgevingsplan Paddepoel art. 4.2"))
                .body("source", equalTo("exemption of lesson " + first))
                .body("lessonIds", contains(first));

        // Spelled otherwise, the same rule at the same level: the same barrier, now with both lessons behind it.
        String second = Lessons.publish(exempted("omgevingsplan  Paddepoel art. 4.2", "GEMEENTE"));
        assertEquals(barrier, onlyBarrierOf(second));
        given().when().get("/api/v1/barriers/" + barrier).then().statusCode(200)
                .body("lessonIds", containsInAnyOrder(first, second));
        given().when().get("/api/v1/barriers?proeftuinId=" + Lessons.PROEFTUIN + "&size=200").then().statusCode(200)
                .body("items.findAll { it.ruleNamed == 'Omgevingsplan Paddepoel art. 4.2' }.size()", equalTo(1));

        // Another level of government owns another rule: another barrier.
        String other = Lessons.publish(exempted("Omgevingsplan Paddepoel art. 4.2", "PROVINCIE"));
        assertTrue(!barrier.equals(onlyBarrierOf(other)));
    }

    @Test
    void aLessonWithoutAnExemptionLeansOnNoBarrier() {
        String plain = Lessons.publish(Lessons.COMPLETE);
        given().when().get("/api/v1/lessons/" + plain).then().statusCode(200).body("barrierIds", empty());
    }

    @Test
    void theGateAsksForTheExemptedRule() {
        String id = Lessons.record(Lessons.COMPLETE.replace("\"experimentConditions\":[\"EXTRA_FINANCIERING\"]",
                "\"experimentConditions\":[\"VRIJSTELLING\"]"));
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "PUBLISHED", "steward").statusCode(422)
                .body("errors.field", contains("exemption-rule-named"));
    }

    @Test
    void theTaggingEventNamesTheBarriersTheLessonLeansOn() throws Exception {
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.lessons")) {
            String id = Lessons.publish(exempted("Bouwbesluit 2012 art. 6.10", "RIJK"));
            String barrier = onlyBarrierOf(id);
            Lessons.tag(id, "[\"techniek/warmtenet\"]").statusCode(200);
            List<ConsumerRecord<String, String>> records = consumer.recordsFor(id, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            JsonNode data = mapper.readTree(records.get(0).value()).get("data");
            assertEquals(1, data.get("barriers").size());
            assertEquals(barrier, data.at("/barriers/0/barrierId").asText());
            assertEquals("Bouwbesluit 2012 art. 6.10", data.at("/barriers/0/ruleNamed").asText());
            assertEquals("RIJK", data.at("/barriers/0/level").asText());
            assertEquals("GESIGNALEERD", data.at("/barriers/0/status").asText());
            JsonSchema schema = schema();
            assertTrue(schema.validate(data).isEmpty(), () -> "schema violations: " + schema.validate(data));
        }
    }

    /** The complete test lesson, leaning on an exemption from {@code rule}. */
    private static String exempted(String rule, String level) {
        return Lessons.COMPLETE.replace("\"experimentConditions\":[\"EXTRA_FINANCIERING\"]",
                "\"experimentConditions\":[\"VRIJSTELLING\"],\"exemption\":{\"rule\":\"" + rule + "\",\"level\":\""
                        + level + "\"}");
    }

    private static String onlyBarrierOf(String lesson) {
        List<String> ids = given().when().get("/api/v1/lessons/" + lesson).then().statusCode(200)
                .extract().path("barrierIds");
        assertEquals(1, ids.size(), "lesson " + lesson + " leans on one barrier: " + ids);
        return ids.get(0);
    }

    private JsonSchema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/lesson.tagged.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }
}
