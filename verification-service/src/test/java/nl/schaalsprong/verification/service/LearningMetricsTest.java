package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learning metrics over a constructed history, in months of a far-off year no other test writes in. */
@QuarkusTest
class LearningMetricsTest {

    @Inject
    EntityManager entityManager;
    @Inject
    Event<LessonTagsKnown> tagsKnown;

    @Test
    void perMonthTheWorkflowsFiguresAndOverallTheirSums() {
        int year = ThreadLocalRandom.current().nextInt(2100, 2900);
        OffsetDateTime march = OffsetDateTime.of(year, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        EvidenceTestData data = new EvidenceTestData(entityManager);
        UUID lesson = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                tagsKnown.fire(new LessonTagsKnown(lesson, List.of("participatie/keukentafelgesprekken"), march)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630001", "Stedelijk", march));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630002", "Stedelijk", march)
                .declined(march.plusDays(4)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630003", "Stedelijk", march)
                .accepted(march.plusDays(9)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630004", "Stedelijk", march)
                .accepted(march.plusDays(9)).concluded("CONFIRMED", march.plusDays(30)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03440005", "Naoorlogs", march)
                .accepted(march.plusDays(9)).concluded("NOT_CONFIRMED", march.plusDays(40)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU05990006", "Dorps", march)
                .accepted(march.plusDays(9)).concluded("INCONCLUSIVE", march.plusDays(50)));

        JsonPath metrics = given().when().get("/api/v1/learning-metrics").then().statusCode(200).extract().jsonPath();

        Map<String, Object> inMarch = month(metrics, year + "-03");
        assertEquals(Map.ofEntries(Map.entry("month", year + "-03"), Map.entry("lessonsTagged", 1),
                Map.entry("suggested", 6), Map.entry("accepted", 4), Map.entry("declined", 1),
                Map.entry("concluded", 1), Map.entry("confirmed", 1), Map.entry("notConfirmed", 0),
                Map.entry("inconclusive", 0), Map.entry("medianDaysToConclusion", 30.0f),
                Map.entry("confirmationRate", 1.0f), Map.entry("nullResultShare", 0.0f),
                Map.entry("typologyTypesCovered", 1), Map.entry("gemeentenCovered", 1)), inMarch);

        Map<String, Object> inApril = month(metrics, year + "-04");
        assertEquals(0, inApril.get("suggested"));
        assertEquals(0, inApril.get("lessonsTagged"));
        assertEquals(2, inApril.get("concluded"));
        assertEquals(45.0f, inApril.get("medianDaysToConclusion"), "median of 40 and 50 days");
        assertEquals(0.0f, inApril.get("confirmationRate"));
        assertEquals(0.5f, inApril.get("nullResultShare"));
        assertEquals(2, inApril.get("typologyTypesCovered"));
        assertEquals(2, inApril.get("gemeentenCovered"));

        assertNull(metrics.get("overall.month"));
        assertTrue(metrics.getInt("overall.suggested") >= 6);
        assertTrue(metrics.getInt("overall.lessonsTagged") >= 1);
        assertTrue(metrics.getList("perMonth.month").indexOf(year + "-03")
                < metrics.getList("perMonth.month").indexOf(year + "-04"), "oldest first");
    }

    private static Map<String, Object> month(JsonPath metrics, String month) {
        return metrics.getMap("perMonth.find { it.month == '" + month + "' }");
    }
}
