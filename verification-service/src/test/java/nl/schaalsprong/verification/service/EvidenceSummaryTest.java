package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.domain.VerificationChanged;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * GET /api/v1/evidence/summary over the lesson read model and the derived evidence. Other tests share the database,
 * so this one compares the counts before and after adding its own lessons.
 */
@QuarkusTest
class EvidenceSummaryTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    EntityManager entityManager;
    @Inject
    Event<VerificationChanged> verificationChanged;

    @Test
    void lessonsAreCountedByLevelPerRouteAndPerLayer() {
        Map<String, JsonPath> before = summaries();
        EvidenceTestData data = new EvidenceTestData(entityManager);
        UUID confirmed = UUID.randomUUID();
        data.lesson(confirmed, List.of("BU00140000"), List.of());
        UUID elsewhere = data.verification(confirmed, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW));
        data.conclude(elsewhere, "CONFIRMED", NOW.plusMonths(7));
        QuarkusTransaction.requiringNew().run(() -> verificationChanged.fire(new VerificationChanged(confirmed)));
        UUID twoRoutes = UUID.randomUUID();
        data.lesson(twoRoutes, List.of("BU00140000"), List.of());
        reroute(twoRoutes, "[\"GROEI\",\"CIRCULATIE\"]", "MENU");
        UUID noRoute = UUID.randomUUID();
        data.lesson(noRoute, List.of("BU00140000"), List.of());
        reroute(noRoute, "[]", null);
        Map<String, JsonPath> after = summaries();

        assertEquals(3, delta(before, after, "ROUTE", "total.lessons"));
        assertEquals(1, delta(before, after, "ROUTE", "total.indicative"), "the verified lesson, derived and stored");
        assertEquals(2, delta(before, after, "ROUTE", "total.originOnly"), "the others, derived from their origin");
        assertEquals(1, delta(before, after, "ROUTE", "groups.find { it.key == 'REPLICATIE' }.indicative"));
        assertEquals(1, delta(before, after, "ROUTE", "groups.find { it.key == 'GROEI' }.originOnly"));
        assertEquals(1, delta(before, after, "ROUTE", "groups.find { it.key == 'CIRCULATIE' }.originOnly"));
        assertEquals(0, delta(before, after, "ROUTE", "groups.find { it.key == 'INSTITUTIONALISERING' }.lessons"));
        assertEquals(1, delta(before, after, "ROUTE", "groups.find { it.key == null }.originOnly"));
        assertEquals(1, delta(before, after, "CLAIMED_LAYER", "groups.find { it.key == 'MENU' }.originOnly"));
        assertEquals(2, delta(before, after, "CLAIMED_LAYER", "groups.find { it.key == null }.lessons"));
        assertEquals(3, delta(before, after, "SUPPORTED_LAYER", "groups.find { it.key == null }.lessons"),
                "one confirmation elsewhere supports no layer yet");
        assertEquals(List.of("GROEI", "REPLICATIE", "CIRCULATIE", "INSTITUTIONALISERING"),
                after.get("ROUTE").getList("groups.key").subList(0, 4));
    }

    @Test
    void theSummaryComesAsCsvWithTheChartsColumns() {
        JsonPath json = given().queryParam("by", "CLAIMED_LAYER").when().get("/api/v1/evidence/summary")
                .then().statusCode(200).extract().jsonPath();
        String csv = given().accept("text/csv").queryParam("by", "CLAIMED_LAYER")
                .when().get("/api/v1/evidence/summary")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("claimed_layer,lessons,ORIGIN_ONLY,INDICATIVE,REPLICATED,ESTABLISHED,CONTESTED", lines.get(0));
        assertEquals("GENERIEK," + json.getLong("groups[0].lessons") + "," + json.getLong("groups[0].originOnly") + ","
                + json.getLong("groups[0].indicative") + "," + json.getLong("groups[0].replicated") + ","
                + json.getLong("groups[0].established") + "," + json.getLong("groups[0].contested"), lines.get(1));
        assertEquals(json.getList("groups").size() + 2, lines.size(), csv);
        String last = lines.get(lines.size() - 1);
        assertEquals("total," + json.getLong("total.lessons") + ",", last.substring(0, last.indexOf(',', 6) + 1));
    }

    @Test
    void anUnknownGroupingIsAProblemInTheClientsTerms() {
        given().when().get("/api/v1/evidence/summary")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("by", "THEME").when().get("/api/v1/evidence/summary")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private void reroute(UUID lesson, String routes, String claimedLayer) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update lesson set routes = cast(:routes as jsonb), claimed_layer = cast(:layer as varchar)"
                                + " where id = :id")
                .setParameter("routes", routes).setParameter("layer", claimedLayer).setParameter("id", lesson)
                .executeUpdate());
    }

    private static Map<String, JsonPath> summaries() {
        return Map.of("ROUTE", summary("ROUTE"), "CLAIMED_LAYER", summary("CLAIMED_LAYER"),
                "SUPPORTED_LAYER", summary("SUPPORTED_LAYER"));
    }

    private static JsonPath summary(String by) {
        return given().queryParam("by", by).when().get("/api/v1/evidence/summary")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The change of a count; a group without key that was not listed before counted zero. */
    private static long delta(Map<String, JsonPath> before, Map<String, JsonPath> after, String by, String path) {
        return count(after.get(by), path) - count(before.get(by), path);
    }

    private static long count(JsonPath summary, String path) {
        Object value = summary.get(path);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
