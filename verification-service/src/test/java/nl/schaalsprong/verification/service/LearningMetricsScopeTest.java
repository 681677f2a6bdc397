package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The learning metrics narrowed for a KLP dashboard: a closed period with its quiet months as zeros, theme, route and
 * gemeente filters, breakdowns, and the CSV variant. Each test writes under a theme of its own, so the figures are
 * exactly its own whatever else the database holds.
 */
@QuarkusTest
class LearningMetricsScopeTest {

    @Inject
    EntityManager entityManager;
    @Inject
    Event<LessonTagsKnown> tagsKnown;

    private int year;
    private String theme;

    /** One lesson on REPLICATIE, tagged in March: three suggestions (two in GM0363), one declined, one concluded. */
    @BeforeEach
    void history() {
        year = ThreadLocalRandom.current().nextInt(2100, 2900);
        theme = "thema-" + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime march = OffsetDateTime.of(year, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        EvidenceTestData data = new EvidenceTestData(entityManager);
        UUID lesson = UUID.randomUUID();
        data.lesson(lesson, List.of("BU00140001"), List.of());
        QuarkusTransaction.requiringNew().run(() ->
                tagsKnown.fire(new LessonTagsKnown(lesson, List.of(theme + "/aanpak"), march)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630001", "Stedelijk", march));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630002", "Stedelijk", march)
                .declined(march.plusDays(4)));
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03440005", "Naoorlogs", march)
                .accepted(march.plusDays(9)).concluded("CONFIRMED", march.plusDays(40)));
    }

    @Test
    void aClosedPeriodListsEveryMonthWithTheQuietOnesAsZeros() {
        JsonPath metrics = given().queryParam("from", year + "-01").queryParam("to", year + "-06")
                .queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(year + "-01", year + "-02", year + "-03", year + "-04", year + "-05", year + "-06"),
                metrics.getList("perMonth.month"));
        assertEquals(List.of(0, 0, 3, 0, 0, 0), metrics.getList("perMonth.suggested"), "suggested in March only");
        assertEquals(List.of(0, 0, 1, 1, 0, 0), sum(metrics, "perMonth.declined", "perMonth.concluded"),
                "declined in March, concluded in April");
        assertEquals(List.of(0, 0, 1, 0, 0, 0), metrics.getList("perMonth.lessonsTagged"));
        assertEquals(3, metrics.getInt("overall.suggested"));
        assertEquals(1, metrics.getInt("overall.lessonsTagged"));

        JsonPath april = given().queryParam("from", year + "-04").queryParam("to", year + "-04")
                .queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics").then().statusCode(200).extract().jsonPath();
        assertEquals(0, april.getInt("overall.suggested"), "the period counts what happened in it");
        assertEquals(1, april.getInt("overall.concluded"));
    }

    @Test
    void routeAndGemeenteNarrowTheVerificationsCounted() {
        assertEquals(3, suggested(Map.of("theme", theme, "route", "REPLICATIE")));
        assertEquals(0, suggested(Map.of("theme", theme, "route", "GROEI")));
        assertEquals(2, suggested(Map.of("theme", theme, "gemeente", "GM0363")));
        assertEquals(0, suggested(Map.of("theme", theme + "x")));
    }

    @Test
    void aBreakdownGivesEachGroupItsFiguresAndTheirTotal() {
        given().queryParam("by", "GEMEENTE").queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(200)
                .body("by", equalTo("GEMEENTE"))
                .body("groups.key", equalTo(List.of("GM0363", "GM0344")))
                .body("groups.suggested", equalTo(List.of(2, 1)))
                .body("groups.confirmed", equalTo(List.of(0, 1)))
                .body("total.suggested", equalTo(3))
                .body("total.key", equalTo(null));
        given().queryParam("by", "ROUTE").queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of("REPLICATIE")))
                .body("groups.suggested", equalTo(List.of(3)));
        given().queryParam("by", "THEME").queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of(theme)))
                .body("groups.declined", equalTo(List.of(1)));
        given().queryParam("by", "PROEFTUIN_STATUS").queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(200)
                .body("groups.key", equalTo(List.of("false")));
    }

    @Test
    void theMetricsComeAsCsvForSpreadsheetsAndDownloads() {
        String csv = given().accept("text/csv").queryParam("from", year + "-03").queryParam("to", year + "-04")
                .queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(4, lines.size(), csv);
        assertEquals("month,lessonsTagged,suggested,accepted,declined,concluded,confirmed,notConfirmed,inconclusive,"
                + "medianDaysToConclusion,confirmationRate,nullResultShare,typologyTypesCovered,gemeentenCovered",
                lines.get(0));
        assertEquals(year + "-03,1,3,1,1,0,0,0,0,,,,0,0", lines.get(1));
        assertEquals(year + "-04,0,0,0,0,1,1,0,0,40.0,1.0,0.0,1,1", lines.get(2));
        assertEquals("overall,1,3,1,1,1,1,0,0,40.0,1.0,0.0,1,1", lines.get(3));

        given().accept("text/csv").queryParam("by", "GEMEENTE").queryParam("theme", theme)
                .when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(200)
                .body(startsWith("gemeente,suggested,"))
                .body(containsString("\r\nGM0363,2,0,1,0,0,0,0,,,\r\n"))
                .body(containsString("\r\ntotal,3,1,1,1,1,0,0,40.0,1.0,0.0\r\n"));
    }

    @Test
    void aScopeThatCannotBeReadIsAProblemInTheClientsTerms() {
        given().queryParam("from", year + "-06").queryParam("to", year + "-01")
                .when().get("/api/v1/learning-metrics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("must not be after"));
        given().queryParam("from", "2027-13").when().get("/api/v1/learning-metrics")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("route", "OMWEG").when().get("/api/v1/learning-metrics")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("by", "BUURT").when().get("/api/v1/learning-metrics/breakdown")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static int suggested(Map<String, String> filters) {
        return given().queryParams(filters).when().get("/api/v1/learning-metrics")
                .then().statusCode(200).extract().jsonPath().getInt("overall.suggested");
    }

    private static List<Integer> sum(JsonPath metrics, String a, String b) {
        List<Integer> first = metrics.getList(a, Integer.class);
        List<Integer> second = metrics.getList(b, Integer.class);
        return java.util.stream.IntStream.range(0, first.size()).mapToObj(i -> first.get(i) + second.get(i)).toList();
    }
}
