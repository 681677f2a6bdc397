package nl.schaalsprong.verification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.local.TopicReader;
import nl.schaalsprong.verification.domain.VerificationChanged;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Evidence kept up to date in the workflow's transaction and announced on the real broker: the part of "the
 * evidence reaching lessons-service" that this service owns (lessons-service consumes the topic).
 */
@QuarkusTest
class LessonEvidenceFlowTest {

    static final String EVIDENCE_TOPIC = "schaalsprong.evidence";
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    EntityManager entityManager;
    @Inject
    Event<VerificationChanged> verificationChanged;
    @Inject
    Event<LessonTagsKnown> tagsKnown;
    @Inject
    nl.schaalsprong.verification.advice.service.ComponentRefresher refresher;

    EvidenceTestData data;

    @BeforeEach
    void data() {
        data = new EvidenceTestData(entityManager);
    }

    /** What the workflow does after changing a lesson's verifications: fire the CDI event inside its transaction. */
    void changed(UUID lesson) {
        QuarkusTransaction.requiringNew().run(() -> verificationChanged.fire(new VerificationChanged(lesson)));
    }

    @Test
    void aConcludedVerificationPublishesSchemaValidLessonEvidenceChangedOnTheBroker() throws Exception {
        UUID lesson = UUID.randomUUID();
        data.lesson(lesson, List.of("BU00140000"), List.of("EXTRA_FINANCIERING"));
        UUID kinkerbuurt = data.verification(lesson, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU05990101", "Stedelijk", NOW));
        changed(lesson);

        data.conclude(kinkerbuurt, "CONFIRMED", NOW.plusMonths(7));
        changed(lesson);
        // Nothing changed since: derived again, announced not.
        changed(lesson);

        try (TopicReader reader = TopicReader.subscribe(EVIDENCE_TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.recordsFor(lesson.toString(), 3, Duration.ofSeconds(15));
            assertEquals(2, records.size(), "one record per change, none for a derivation that changed nothing");
            JsonSchema schema = schema();
            for (ConsumerRecord<String, String> record : records) {
                JsonNode event = MAPPER.readTree(record.value());
                assertEquals("nl.schaalsprong.lesson.evidence-changed.v1", event.path("type").asText());
                assertEquals(lesson.toString(), event.path("subject").asText());
                assertEquals("https://schaalsprong.nl/schemas/lesson.evidence-changed.v1.json",
                        event.path("dataschema").asText());
                assertEquals(Set.of(), schema.validate(event.path("data")), event.path("data").toString());
            }
            JsonNode before = MAPPER.readTree(records.get(0).value()).path("data");
            assertEquals("ORIGIN_ONLY", before.path("level").asText());
            assertEquals(2, before.path("counts").path("suggested").asInt());
            JsonNode after = MAPPER.readTree(records.get(1).value()).path("data");
            assertEquals("INDICATIVE", after.path("level").asText());
            assertEquals(1, after.path("counts").path("confirmed").asInt());
            assertEquals("Bevestigd in 1 andere buurt(en) (BU03630105).",
                    after.path("reasons").path(after.path("reasons").size() - 1).asText());
            assertEquals(true, after.path("chanceRisk").path("flagged").asBoolean());
            assertEquals("/api/v1/evidence/lessons/" + lesson, after.path("evidenceUrl").asText());
        }

        given().when().get("/api/v1/evidence/lessons/" + lesson).then().statusCode(200)
                .body("level", equalTo("INDICATIVE"))
                .body("supportedLayer", nullValue())
                .body("confirmedInTypes", contains("Stedelijk"))
                .body("chanceRisk.flagged", equalTo(true))
                .body("counts.suggested", equalTo(1)).body("counts.confirmed", equalTo(1))
                .body("pilotStatusEffect.withoutPilotStatus.rate", equalTo(1.0f))
                .body("pilotStatusEffect.difference", nullValue())
                .body("confirmationRate.rate", equalTo(1.0f))
                .body("confirmationRate.lower", notNullValue())
                .body("verifications.href", hasItem("/api/v1/verifications/" + kinkerbuurt))
                .body("verifications.outcome", containsInAnyOrder("CONFIRMED", null));
    }

    @Test
    void evidenceIsDerivedOnlyInsideTheTransactionThatChangedTheVerifications() {
        UUID lesson = UUID.randomUUID();
        assertThrows(RuntimeException.class, () -> verificationChanged.fire(new VerificationChanged(lesson)));
    }

    @Test
    void anUnknownLessonHasNoEvidence() {
        given().when().get("/api/v1/evidence/lessons/" + UUID.randomUUID()).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void evidencePerTagPoolsTheLessonsWithThatTag() {
        String tag = "participatie/test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID untagged = UUID.randomUUID();
        data.lesson(first, List.of("BU00140000"), List.of());
        data.lesson(second, List.of("BU05180000"), List.of());
        data.verification(first, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW)
                .concluded("CONFIRMED", NOW.plusMonths(6)));
        data.verification(second, EvidenceTestData.Row.suggested("BU03440201", "Naoorlogs", NOW)
                .concluded("CONFIRMED", NOW.plusMonths(6)));
        data.verification(untagged, EvidenceTestData.Row.suggested("BU07720305", "Naoorlogs", NOW)
                .concluded("NOT_CONFIRMED", NOW.plusMonths(6)));
        QuarkusTransaction.requiringNew().run(() -> {
            tagsKnown.fire(new LessonTagsKnown(first, List.of(tag, "warmte/collectief"), NOW));
            tagsKnown.fire(new LessonTagsKnown(second, List.of(tag), NOW));
            tagsKnown.fire(new LessonTagsKnown(untagged, List.of("warmte/collectief"), NOW));
        });

        given().when().get("/api/v1/tags/" + tag + "/evidence").then().statusCode(200)
                .body("tag", equalTo(tag))
                .body("level", equalTo("REPLICATED"))
                .body("confirmationRate.decisive", equalTo(2))
                .body("supportedLayer", equalTo("GENERIEK"))
                .body("confirmedInTypes", contains("Naoorlogs", "Stedelijk"))
                .body("lessons", hasSize(2))
                .body("lessons.level", contains("INDICATIVE", "INDICATIVE"));
        given().when().get("/api/v1/tags/participatie/nobody-has-this/evidence").then().statusCode(404);
        given().when().get("/api/v1/tags/Not A Tag/evidence").then().statusCode(400);
    }

    @Test
    void aVerificationOfOneComponentCountsOnlyForThatComponentsEvidence() {
        String heat = "warmte/test-" + UUID.randomUUID().toString().substring(0, 8);
        String talks = "participatie/test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = UUID.randomUUID();
        data.lesson(lesson, List.of("BU00140000"), List.of());
        UUID ofHeat = data.verification(lesson, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW));
        UUID ofTalks = data.verification(lesson, EvidenceTestData.Row.suggested("BU03440201", "Naoorlogs", NOW));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU07720305", "Naoorlogs", NOW)
                .concluded("CONFIRMED", NOW.plusMonths(6))); // the whole approach: speaks for both
        data.speaksFor(ofHeat, heat);
        data.speaksFor(ofTalks, talks);
        data.conclude(ofHeat, "CONFIRMED", NOW.plusMonths(6));
        data.conclude(ofTalks, "NOT_CONFIRMED", NOW.plusMonths(6));
        QuarkusTransaction.requiringNew().run(() -> tagsKnown.fire(new LessonTagsKnown(lesson, List.of(heat, talks), NOW)));

        given().when().get("/api/v1/tags/" + heat + "/evidence").then().statusCode(200)
                .body("confirmationRate.decisive", equalTo(2)).body("confirmationRate.confirmed", equalTo(2));
        given().when().get("/api/v1/tags/" + talks + "/evidence").then().statusCode(200)
                .body("confirmationRate.decisive", equalTo(2)).body("confirmationRate.confirmed", equalTo(1));
        // The lesson as a whole still counts every verification of it.
        given().when().get("/api/v1/evidence/lessons/" + lesson).then().statusCode(200)
                .body("confirmationRate.decisive", equalTo(3));

        // The advice's read model pools the same way: each component's places are its own and the whole's.
        placesBecome(heat, List.of("BU03630105", "BU07720305"));
        placesBecome(talks, List.of("BU03440201", "BU07720305"));
    }

    /** The places are brought in line, not rewritten: a lesson that loses the tag takes its places along. */
    @Test
    void aLessonThatLosesTheTagTakesItsPlacesAlongAndTheOtherLessonsPlacesStay() {
        String tag = "participatie/test-" + UUID.randomUUID().toString().substring(0, 8);
        UUID kept = UUID.randomUUID();
        UUID untagged = UUID.randomUUID();
        data.lesson(kept, List.of("BU00140000"), List.of());
        data.lesson(untagged, List.of("BU00140001"), List.of());
        data.verification(kept, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW)
                .concluded("CONFIRMED", NOW.plusMonths(6)));
        data.verification(untagged, EvidenceTestData.Row.suggested("BU03440201", "Naoorlogs", NOW)
                .declined(NOW.plusMonths(1)));
        QuarkusTransaction.requiringNew().run(() -> List.of(kept, untagged).forEach(lesson ->
                tagsKnown.fire(new LessonTagsKnown(lesson, List.of(tag), NOW))));
        placesBecome(tag, List.of("BU03440201", "BU03630105"));

        QuarkusTransaction.requiringNew().run(() -> tagsKnown.fire(new LessonTagsKnown(untagged,
                List.of("participatie/other-" + UUID.randomUUID().toString().substring(0, 8)), NOW.plusDays(1))));
        placesBecome(tag, List.of("BU03630105"));
    }

    /** The advice's refresh, run until the tag's places (by buurt code) are these. */
    private void placesBecome(String tag, List<String> buurtCodes) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            refresher.refreshStale();
            assertEquals(buurtCodes, places(tag));
        });
    }

    private List<String> places(String tag) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select buurt_code from advice_place where tag = :tag order by buurt_code", String.class)
                .setParameter("tag", tag).getResultList());
    }

    @Test
    void theRulesArePublishedInTheOrderTheyAreTried() {
        given().when().get("/api/v1/evidence-rules").then().statusCode(200)
                .body("findAll { it.kind == 'LEVEL' }.name",
                        contains("CONTESTED", "ESTABLISHED", "REPLICATED", "INDICATIVE", "ORIGIN_ONLY"))
                .body("findAll { it.kind == 'LAYER' }.name", contains("GENERIEK", "MENU", "SPECIFIEK"))
                .body("findAll { it.kind == 'CHANCE' }.name",
                        contains("FEW_SITES", "CONDITIONS_ONLY", "NOT_CONFIRMED_ELSEWHERE", "HIGH_NULL_RESULTS",
                                "SELF_SELECTED"))
                .body("find { it.name == 'REPLICATED' }.descriptionEn",
                        startsWith("Confirmed in at least 2 independent gemeenten"))
                .body("find { it.name == 'REPLICATED' }.descriptionNl",
                        startsWith("Bevestigd in minstens 2 onafhankelijke gemeenten"))
                .body("find { it.name == 'ESTABLISHED' }.thresholds.key",
                        contains("established-gemeenten", "across-types", "established-lower-bound"))
                .body("find { it.name == 'ESTABLISHED' }.thresholds.find { it.key == 'established-lower-bound' }.value",
                        equalTo(0.5f))
                .body("find { it.name == 'ESTABLISHED' }.thresholds[0].rationaleNl", notNullValue())
                .body("find { it.name == 'ESTABLISHED' }.thresholds[0].rationaleEn", notNullValue());
    }

    @Test
    void theEvidenceAndLearningEndpointsAndSchemasArePublished() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/evidence-rules'.get.summary", equalTo("The published evidence rules"))
                .body("paths.'/api/v1/evidence/lessons/{lessonId}'.get.responses.'404'.description",
                        equalTo("No lesson and no verification with this id"))
                .body("paths.'/api/v1/learning/weights'.get.summary", equalTo("The latest learned model"))
                .body("paths.'/api/v1/learning-metrics'.get.summary",
                        equalTo("How well the programme learns, for KLP dashboards"));
        given().when().get("/schemas/comparability-weights.learned.v1.json").then().statusCode(200)
                .body("$id", equalTo("https://schaalsprong.nl/schemas/comparability-weights.learned.v1.json"));
    }

    static JsonSchema schema() throws IOException {
        try (InputStream in = LessonEvidenceFlowTest.class
                .getResourceAsStream("/META-INF/resources/schemas/lesson.evidence-changed.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }
}
