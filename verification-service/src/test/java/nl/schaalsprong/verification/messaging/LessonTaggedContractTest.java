package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.LessonBarrier;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.TaggedLesson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test: our reading of LessonTagged against the schema lessons-service owns. It reads the
 * producer's file from the repository, so a breaking change there fails this build, not production.
 */
class LessonTaggedContractTest {

    static final ProducerSchema PRODUCER = ProducerSchema.of("lessons-service", "lesson.tagged.v1.json");
    static final ObjectMapper MAPPER = ProducerSchema.MAPPER;
    static final JsonNode schema = PRODUCER.json();

    @Test
    void theProducersExampleIsValidAndReadsIntoOurDtoWithEverythingWeNeed() {
        LessonTagged tagged = PRODUCER.exampleAs(LessonTagged.class);
        assertNotNull(tagged.lessonId());
        assertNotNull(tagged.originBuurtCodes());
        assertFalse(tagged.originBuurtCodes().isEmpty());
    }

    @Test
    void everyFieldWeReadIsAPropertyOfTheSchemaAndTheOnesWeCannotDoWithoutAreRequired() {
        PRODUCER.readsOnlyItsPropertiesAndIsPromised(LessonTagged.class, LessonTagged.REQUIRED);
    }

    @Test
    void theProducersExampleReadsIntoTheLessonWeStore() {
        LessonTagged tagged = PRODUCER.exampleAs(LessonTagged.class);
        var event = new nl.schaalsprong.platform.events.CloudEvent("1.0", "e-1", ConsumedEvents.LESSON_TAGGED,
                "/schaalsprong/lessons-service", java.time.OffsetDateTime.now(), tagged.lessonId().toString(),
                "application/json", null, MAPPER.valueToTree(java.util.Map.of("lessonId", tagged.lessonId().toString())));
        TaggedLesson lesson = LessonEventsConsumer.lesson(event, tagged);
        assertEquals("groningen-paddepoel-en-selwerd", lesson.proeftuinId());
        assertEquals("GM0014", lesson.gemeente().value());
        assertEquals(Set.of(Route.REPLICATIE), lesson.routes());
        assertEquals(Layer.MENU, lesson.claimedLayer());
        assertEquals(new TaggedLesson.Rightscaling("BUURT", "STRAAT", "WIJK"), lesson.rightscaling());
        assertEquals(Set.of(ExperimentCondition.EXTRA_FINANCIERING), lesson.experimentConditions());
        assertNotNull(lesson.taggedAt());
        // LessonTagged v1's additive fields (session 5): what the advice shows and criteria may name.
        LessonContent content = lesson.content();
        assertEquals("Keukentafelgesprekken verhogen de deelname", content.title());
        assertEquals("Groningen, Paddepoel en Selwerd", content.pilot());
        assertNotNull(content.recommendation());
        assertEquals(LessonContent.LessonOutcome.SUCCESS, content.outcome());
        assertEquals(List.of("deelname eigenaren"), content.indicatorNames());
        assertEquals(List.of("participatie"), content.themes());
        assertEquals("participatie/keukentafelgesprekken", content.module());
        // ... and the barriers it leans on (session 13), for the advice.
        assertEquals(List.of(new LessonBarrier(java.util.UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
                "Warmtewet art. 2", LessonBarrier.Level.RIJK, LessonBarrier.Status.GESIGNALEERD)), lesson.barriers());
    }

    @Test
    void everyBarrierFieldWeReadIsARequiredPropertyOfTheProducersBarrier() {
        JsonNode barrier = schema.path("$defs").path("barrier");
        Set<String> required = new HashSet<>();
        barrier.path("required").forEach(r -> required.add(r.asText()));
        for (var component : LessonTagged.Barrier.class.getRecordComponents()) {
            assertTrue(barrier.path("properties").has(component.getName()),
                    "'" + component.getName() + "' is not a property of the producer's barrier");
            assertTrue(required.contains(component.getName()), "'" + component.getName() + "' is not promised");
        }
        assertEquals("#/$defs/barrier", schema.path("properties").path("barriers").path("items").path("$ref").asText());
    }

    @Test
    void theLessonsContentIsOptionalThereAndNullableWhereItCanBeAbsent() {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (String field : List.of("recommendation", "outcome", "indicators", "themes", "module", "barriers")) {
            assertFalse(required.contains(field), field + " was added to v1, so it cannot be required");
        }
        for (String field : List.of("recommendation", "outcome", "module")) {
            assertTrue(schema.path("properties").path(field).path("type").toString().contains("null"),
                    field + " may be absent from a lesson, so null must be valid");
        }
    }

    @Test
    void withoutTheOptionalFieldsALessonStillReads() throws IOException {
        LessonTagged tagged = MAPPER.readValue("""
                {"lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","originBuurtCodes":["BU00140000"],"title":"t"}""",
                LessonTagged.class);
        assertEquals(List.of("BU00140000"), tagged.originBuurtCodes());
        assertEquals(null, tagged.routes());
    }

    @Test
    void ourEnumerationsHoldEveryValueTheProducerMaySend() {
        assertEquals(values(schema.path("$defs").path("route").path("enum")), names(Route.values()));
        assertEquals(values(schema.path("$defs").path("layer").path("enum")), names(Layer.values()));
        assertEquals(values(schema.path("$defs").path("experimentCondition").path("enum")),
                names(ExperimentCondition.values()));
        Set<String> outcomes = values(schema.path("properties").path("outcome").path("enum"));
        outcomes.remove("null"); // JSON null reads as text "null" here: a lesson without a stated outcome
        assertEquals(outcomes, names(LessonContent.LessonOutcome.values()));
        JsonNode barrier = schema.path("$defs").path("barrier").path("properties");
        assertEquals(values(barrier.path("level").path("enum")), names(LessonBarrier.Level.values()));
        assertEquals(values(barrier.path("status").path("enum")), names(LessonBarrier.Status.values()));
    }

    private static Set<String> values(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        assertFalse(values.isEmpty());
        return values;
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new HashSet<>();
        for (Enum<?> value : values) {
            names.add(value.name());
        }
        return names;
    }

    @Test
    void theProducersEventTypeIsTheOneWeListenFor() {
        assertTrue(schema.path("description").asText().contains(ConsumedEvents.LESSON_TAGGED));
        assertTrue(schema.path("description").asText().contains(ConsumedEvents.LESSONS_TOPIC));
    }
}
