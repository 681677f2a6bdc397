package nl.schaalsprong.typology.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.local.TopicReader;
import nl.schaalsprong.typology.service.TypologyRuns;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Typology runs over the real national file in the real database, their lifecycle, and the published event on
 * the real broker. Ordered because each step builds on the last; the ids carry over in static fields.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TypologyResourceTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static String first;
    private static String rerun;

    private final ObjectMapper mapper = new ObjectMapper();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TypologyRuns runs;

    /** Per test, not @BeforeAll: Quarkus points REST Assured at the app only once a test runs (cheap after the first). */
    @BeforeEach
    void nationalFile() {
        NationalFile.ensureImported();
    }

    @Test
    @Order(1)
    void beforeAnythingIsPublishedABuurtHasNoType() {
        given().when().get("/api/v1/neighbourhoods/BU01630408/type").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        // A comparable search says so per result: type null, present in the answer.
        given().when().get("/api/v1/neighbourhoods/BU01630408/comparable").then()
                .statusCode(200)
                .body("comparable", hasSize(10))
                .body("comparable.every { it.containsKey('type') && it.type == null }", equalTo(true));
        // And so does an area comparison, for the area and each comparable one.
        java.util.Map<String, Object> wijk = given().when().get("/api/v1/wijken/WK001410/comparable").then()
                .statusCode(200)
                .body("comparable.every { it.containsKey('type') && it.type == null }", equalTo(true))
                .extract().jsonPath().getMap("$");
        assertTrue(wijk.containsKey("type") && wijk.get("type") == null, "the wijk's own type: null, present");
    }

    @Test
    @Order(2)
    void aRunOverTheNationalFileGivesKTypesWithPenPortraits() throws SQLException {
        first = startAndAwaitDraft("{\"k\": 12, \"seed\": 42}");

        long typed = queryLong("select count(*) from typology_assignment where typology_id = '" + first + "'");
        // Only buurten without a single figure are left out; there are a handful at most.
        assertTrue(typed > NationalFile.ROWS - 200 && typed <= NationalFile.ROWS, "typed " + typed);
        given().when().get("/api/v1/typologies/" + first).then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("progress", equalTo(100))
                .body("requestedK", equalTo(12))
                .body("k", equalTo(12))
                .body("seed", equalTo(42))
                .body("basis", equalTo("default"))
                .body("buurten", equalTo((int) typed));

        ExtractableResponse<Response> types = given().when().get("/api/v1/typologies/" + first + "/types").then()
                .statusCode(200)
                .body("", hasSize(12))
                .body("number", equalTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)))
                .body("penPortrait.dimensions", everyItem(hasSize(5)))
                .body("penPortrait.distinguishing", everyItem(hasSize(3)))
                .body("label[0]", startsWith("Type 1: "))
                .extract();
        List<Integer> sizes = types.path("size");
        assertEquals(typed, sizes.stream().mapToLong(Integer::longValue).sum(), "every typed buurt in one type");
        for (int t = 1; t < sizes.size(); t++) {
            assertTrue(sizes.get(t - 1) >= sizes.get(t), "types are numbered largest first: " + sizes);
        }
        // The portrait compares with the national mean, which is the same for every type.
        List<Float> nationalDensity = types.path("penPortrait.dimensions.collect { it[0].nationalMean }");
        assertEquals(1, nationalDensity.stream().distinct().count());
        assertEquals(List.of(12), List.of(queryLong("select count(*) from typology_type where typology_id = '"
                + first + "' and medoid_code in (select buurt_code from typology_assignment a where a.typology_id = '"
                + first + "' and a.distance = 0)")).stream().map(Long::intValue).toList(),
                "each medoid is a member of its own type at distance 0");
    }

    @Test
    @Order(3)
    void aRerunWithTheSameSeedGivesTheSameAssignment() throws SQLException {
        rerun = startAndAwaitDraft("{\"k\": 12, \"seed\": 42}");

        assertNotEquals(first, rerun);
        assertEquals(assignmentDigest(first), assignmentDigest(rerun));
        assertEquals(queryString("select string_agg(medoid_code || ':' || size || ':' || pen_portrait::text, '|' "
                        + "order by type_number) from typology_type where typology_id = '" + first + "'"),
                queryString("select string_agg(medoid_code || ':' || size || ':' || pen_portrait::text, '|' "
                        + "order by type_number) from typology_type where typology_id = '" + rerun + "'"));
        int firstVersion = given().get("/api/v1/typologies/" + first).then().extract().path("version");
        given().when().get("/api/v1/typologies/" + rerun).then().body("version", equalTo(firstVersion + 1));
    }

    @Test
    @Order(4)
    void publishingMakesItCurrentEmitsOneValidEventAndFreezesIt() throws Exception {
        try (TopicReader consumer = TopicReader.subscribe("schaalsprong.typology")) {

            given().header("Authorization", TestTokens.bearer("steward"))
                    .when().post("/api/v1/typologies/" + first + "/publish").then()
                    .statusCode(200)
                    .body("status", equalTo("PUBLISHED"))
                    .body("publishedAt", org.hamcrest.Matchers.notNullValue());

            List<ConsumerRecord<String, String>> records = consumer.recordsFor(first, 1, Duration.ofSeconds(30));
            records.addAll(consumer.recordsFor(first, Integer.MAX_VALUE, Duration.ofSeconds(3)));
            assertEquals(1, records.size(), "one publication, one event");
            JsonNode event = mapper.readTree(records.get(0).value());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("nl.schaalsprong.typology.published.v1", event.get("type").asText());
            assertEquals("/schaalsprong/typology-service", event.get("source").asText());
            assertEquals(first, event.get("subject").asText());
            assertEquals("https://schaalsprong.nl/schemas/typology.published.v1.json", event.get("dataschema").asText());
            Instant.parse(event.get("time").asText());
            JsonSchema schema = schema();
            JsonNode data = event.get("data");
            assertTrue(schema.validate(data).isEmpty(), () -> "schema violations: " + schema.validate(data));
            assertEquals(12, data.get("k").asInt());
            assertEquals(12, data.get("types").size());
        }

        // Published is immutable: publishing again is a conflict, and so is any write at the database.
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/typologies/" + first + "/publish").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://schaalsprong.nl/problems/conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("immutable"));
        assertThrows(SQLException.class, () -> execute("update typology_assignment set type_number = 1 "
                + "where typology_id = '" + first + "'"));
        assertThrows(SQLException.class, () -> execute("update typology set seed = 7 where id = '" + first + "'"));
        assertThrows(SQLException.class, () -> execute("delete from typology_type where typology_id = '" + first + "'"));

        String medoid = given().get("/api/v1/typologies/" + first + "/types").then().extract().path("medoidCode[2]");
        given().when().get("/api/v1/neighbourhoods/" + medoid + "/type").then()
                .statusCode(200)
                .body("code", equalTo(medoid))
                .body("typologyId", equalTo(first))
                .body("distance", equalTo(0.0f))
                .body("type.number", equalTo(3))
                .body("type.penPortrait.distinguishing", hasSize(3));
    }

    @Test
    @Order(5)
    void theNewestPublishedTypologyIsCurrent() {
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/typologies/" + rerun + "/publish").then().statusCode(200);

        given().when().get("/api/v1/neighbourhoods/BU01630408/type").then()
                .statusCode(200)
                .body("typologyId", equalTo(rerun));
        // Each comparable buurt carries its type in the current typology, as /type tells it (kept in memory and
        // reloaded just after the publish commits, so awaited).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<java.util.Map<String, Object>> comparable = given().queryParam("limit", 20)
                    .when().get("/api/v1/neighbourhoods/BU01630408/comparable").then().statusCode(200)
                    .extract().jsonPath().getList("comparable");
            for (java.util.Map<String, Object> buurt : comparable) {
                var type = given().when().get("/api/v1/neighbourhoods/" + buurt.get("code") + "/type").then()
                        .statusCode(200).extract().jsonPath();
                assertEquals(java.util.Map.of("typologyId", rerun, "number", type.getInt("type.number"),
                        "label", type.getString("type.label")), buurt.get("type"), "type of " + buurt.get("code"));
            }
        });
    }

    @Test
    @Order(6)
    void aWijkAndItsComparableAreasCarryTheTypeMostOfTheirInhabitantsLiveIn() {
        // The expected type, from the wijk's buurten one by one: their types and inhabitants as the API gives them.
        java.util.Map<Integer, Double> inhabitantsPerType = new java.util.TreeMap<>();
        List<String> buurten = given().when().get("/api/v1/areas/WK001410/buurten").then().statusCode(200)
                .extract().path("buurten.code");
        for (String buurt : buurten) {
            var typed = given().when().get("/api/v1/neighbourhoods/" + buurt + "/type").then().extract();
            Number inhabitants = given().when().get("/api/v1/neighbourhoods/" + buurt).then().extract()
                    .path("figures.AANTAL_INWONERS");
            if (typed.statusCode() == 200 && inhabitants != null && inhabitants.doubleValue() > 0) {
                inhabitantsPerType.merge(typed.path("type.number"), inhabitants.doubleValue(), Double::sum);
            }
        }
        double all = inhabitantsPerType.values().stream().mapToDouble(Double::doubleValue).sum();
        var dominant = inhabitantsPerType.entrySet().stream()
                .max(java.util.Map.Entry.<Integer, Double>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .orElseThrow();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Number share = given().queryParam("limit", 5)
                    .when().get("/api/v1/wijken/WK001410/comparable").then().statusCode(200)
                    .body("type.typologyId", equalTo(rerun))
                    .body("type.number", equalTo(dominant.getKey()))
                    .body("comparable.type.typologyId", everyItem(equalTo(rerun)))
                    .body("comparable.type.share", everyItem(allOf(greaterThan(0f), lessThanOrEqualTo(1f))))
                    .extract().path("type.share");
            assertEquals(dominant.getValue() / all, share.doubleValue(), 1e-5, "share of the wijk's inhabitants");
        });
        given().when().get("/api/v1/gemeenten/GM0014/comparable").then().statusCode(200)
                .body("type.typologyId", equalTo(rerun))
                .body("comparable.type.number", everyItem(greaterThanOrEqualTo(1)));
    }

    @Test
    @Order(7)
    void aTypesBuurtenArePagedNearestTheCentreFirst() {
        int size = given().get("/api/v1/typologies/" + first + "/types").then().extract().path("size[0]");
        ExtractableResponse<Response> page = given().queryParam("page", 1).queryParam("size", 5)
                .when().get("/api/v1/typologies/" + first + "/types/1/neighbourhoods").then()
                .statusCode(200)
                .body("items", hasSize(5))
                .body("total", equalTo(size))
                .body("page", equalTo(1))
                .body("items.type", everyItem(equalTo(1)))
                .extract();
        List<Float> distances = page.path("items.distance");
        for (int i = 1; i < distances.size(); i++) {
            assertTrue(distances.get(i - 1) <= distances.get(i), "nearest first: " + distances);
        }
        given().when().get("/api/v1/typologies/" + first + "/types/13/neighbourhoods").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    @Order(8)
    void withoutKTheServiceProposesKBySilhouette() {
        String proposed = startAndAwaitDraft("{}");

        int k = given().get("/api/v1/typologies/" + proposed).then()
                .body("requestedK", org.hamcrest.Matchers.nullValue())
                .body("seed", equalTo(42))
                .extract().path("k");
        assertTrue(k >= 4 && k <= 15, "k from the configured range 4..15, got " + k);
        given().when().get("/api/v1/typologies").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", equalTo(List.of(proposed, rerun, first)));
    }

    @Test
    @Order(9)
    void aRunLeftRunningByAStoppedProcessIsMarkedFailed() throws SQLException {
        String id = UUID.randomUUID().toString();
        execute("insert into typology (id, version, basis, seed, status, progress, created_at) values ('" + id
                + "', nextval('typology_version_seq'), 'default', 42, 'RUNNING', 35, now() - interval '1 hour')");

        assertEquals(1, runs.failInterrupted(OffsetDateTime.now().minusMinutes(30)));

        given().when().get("/api/v1/typologies/" + id).then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("progress", equalTo(35))
                .body("failure", org.hamcrest.Matchers.containsString("interrupted"));
        given().when().get("/api/v1/typologies/" + id + "/types").then()
                .statusCode(409).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/typologies/" + id + "/publish").then()
                .statusCode(409).contentType("application/problem+json");
    }

    /**
     * Pen portraits that read right on the real run: CBS stedelijkheid runs from 1 (zeer sterk stedelijk) to 5 (niet
     * stedelijk), so a type whose mean class lies above the national mean is worded as less urban; no two types share
     * a label; and the silhouette comes with its plain-language reading.
     */
    @Test
    @Order(10)
    void penPortraitsWordStedelijkheidInItsOwnDirectionAndLabelsAreDistinct() {
        given().when().get("/api/v1/dimensions/STEDELIJKHEID").then()
                .statusCode(200).body("direction", equalTo("HIGHER_MEANS_LESS"));
        ExtractableResponse<Response> types = given().when().get("/api/v1/typologies/" + first + "/types").then()
                .statusCode(200).extract();
        List<String> labels = types.path("label");
        assertEquals(labels.size(), labels.stream().map(label -> label.substring(label.indexOf(": ") + 2))
                .distinct().count(), "no two types share a label: " + labels);
        List<java.util.Map<String, Object>> stedelijkheid = types.path(
                "penPortrait.dimensions.collect { it.find { d -> d.dimension == 'STEDELIJKHEID' } }");
        int lessUrban = 0;
        for (java.util.Map<String, Object> profile : stedelijkheid) {
            assertEquals("HIGHER_MEANS_LESS", profile.get("direction"));
            float difference = (Float) profile.get("difference");
            if (difference >= 0.10f) {
                lessUrban++;
                assertTrue(((String) profile.get("wording")).contains("lager"), "higher classes are less urban: "
                        + profile);
            } else if (difference <= -0.10f) {
                assertTrue(((String) profile.get("wording")).contains("hoger"), "lower classes are more urban: "
                        + profile);
            }
        }
        assertTrue(lessUrban > 0, "twelve types over the national file include rural ones: " + stedelijkheid);

        float silhouette = given().get("/api/v1/typologies/" + first).then().extract().path("silhouette");
        given().when().get("/api/v1/typologies/" + first).then()
                .statusCode(200)
                .body("silhouetteReading.band", equalTo(silhouette > 0.70f ? "STRONG" : silhouette > 0.50f
                        ? "REASONABLE" : silhouette > 0.25f ? "WEAK" : "NONE"))
                .body("silhouetteReading.note", org.hamcrest.Matchers.not(org.hamcrest.Matchers.emptyString()));
    }

    @Test
    @Order(11)
    void stewardsNameAndDescribeTypesPerTypologyWithWhoAndWhen() throws SQLException {
        String path = "/api/v1/typologies/" + first + "/types/1/naming";
        given().when().get("/api/v1/typologies/" + first + "/types").then()
                .body("naming", everyItem(org.hamcrest.Matchers.nullValue()));
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"Grote steden\", \"description\": \"Dicht bebouwd\"}")
                .when().put(path).then()
                .statusCode(200)
                .body("number", equalTo(1))
                .body("label", startsWith("Type 1: "))
                .body("naming.name", equalTo("Grote steden"))
                .body("naming.description", equalTo("Dicht bebouwd"))
                .body("naming.namedBy", equalTo("test-user"))
                .body("naming.namedAt", org.hamcrest.Matchers.notNullValue())
                .body("naming.revision", equalTo(1));
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"Grote en middelgrote steden\"}")
                .when().put(path).then()
                .statusCode(200)
                .body("naming.name", equalTo("Grote en middelgrote steden"))
                .body("naming.description", org.hamcrest.Matchers.nullValue())
                .body("naming.revision", equalTo(2));
        given().when().get("/api/v1/typologies/" + first + "/types").then()
                .body("naming[0].name", equalTo("Grote en middelgrote steden"))
                .body("naming[1]", org.hamcrest.Matchers.nullValue());
        assertEquals(2, queryLong("select count(*) from typology_type_name where typology_id = '" + first + "'"),
                "the first naming is kept as history");
        given().when().get("/api/v1/typologies/" + rerun + "/types").then()
                .body("naming[0]", org.hamcrest.Matchers.nullValue());

        // Two types never share a name; a name must be 3..80 characters.
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"grote EN middelgrote steden \"}")
                .when().put("/api/v1/typologies/" + first + "/types/2/naming").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("type 1"));
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"ab\"}").when().put(path).then()
                .statusCode(422).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"Dorpen\"}").when().put("/api/v1/typologies/" + first + "/types/13/naming")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"Dorpen\"}").when().put("/api/v1/typologies/" + UUID.randomUUID()
                        + "/types/1/naming").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"name\": \"Dorpen\"}").when().put(path).then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("contributor")).contentType(ContentType.JSON)
                .body("{\"name\": \"Dorpen\"}").when().put(path).then()
                .statusCode(403).contentType("application/problem+json");

        String failed = UUID.randomUUID().toString();
        execute("insert into typology (id, version, basis, seed, status, progress, created_at, failure, finished_at) "
                + "values ('" + failed + "', nextval('typology_version_seq'), 'default', 42, 'FAILED', 10, now(), "
                + "'test', now())");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\": \"Dorpen\"}").when().put("/api/v1/typologies/" + failed + "/types/1/naming")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @Order(12)
    void everyBuurtsTypeComesAsPagesOrAsOneStreamedCsv() throws SQLException {
        long typed = queryLong("select count(*) from typology_assignment where typology_id = '" + first + "'");
        ExtractableResponse<Response> page = given().queryParam("size", 200)
                .when().get("/api/v1/typologies/" + first + "/assignments").then()
                .statusCode(200)
                .body("items", hasSize(200))
                .body("total", equalTo((int) typed))
                .extract();
        List<String> codes = page.path("items.buurtCode");
        assertEquals(codes.stream().sorted().toList(), codes, "by buurt code");
        List<java.util.Map<String, Object>> items = page.path("items");
        for (var item : items) {
            assertEquals("GM" + ((String) item.get("buurtCode")).substring(2, 6), item.get("gemeenteCode"));
            int type = (Integer) item.get("typeNumber");
            assertTrue(type >= 1 && type <= 12, "type " + type);
            assertEquals(type == 1 ? "Grote en middelgrote steden" : null, item.get("typeName"),
                    "the type's latest name, null while unnamed");
        }

        String csv = given().accept("text/csv").when().get("/api/v1/typologies/" + first + "/assignments").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("buurtCode,buurtName,gemeenteCode,gemeenteName,typeNumber,typeLabel,typeName,distance",
                lines.get(0));
        assertEquals(typed + 1, lines.size(), "every typed buurt, not a page");
        for (int i = 0; i < items.size(); i++) {
            assertTrue(lines.get(i + 1).startsWith(items.get(i).get("buurtCode") + ","), lines.get(i + 1));
            String label = (String) items.get(i).get("typeLabel");
            String cell = label.contains(",") ? "\"" + label + "\"" : label;
            assertTrue(lines.get(i + 1).contains("," + items.get(i).get("typeNumber") + "," + cell + ","),
                    "a label with commas is quoted: " + lines.get(i + 1));
        }
        String oalnDiek = lines.stream().filter(l -> l.startsWith("BU01630408,")).findFirst().orElseThrow();
        assertTrue(oalnDiek.startsWith("BU01630408,'n Oaln Diek,GM0163,Hellendoorn,"), oalnDiek);

        // The types as CSV too, the columns of the dashboard's chart of type sizes.
        List<String> types = given().accept("text/csv").when().get("/api/v1/typologies/" + first + "/types").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString().lines().toList();
        assertEquals("number,name,label,size,medoidCode", types.get(0));
        assertEquals(13, types.size(), "a header and twelve types");
        assertTrue(types.get(1).startsWith("1,Grote en middelgrote steden,"), types.get(1));
        assertTrue(types.get(2).startsWith("2,,"), "an unnamed type has an empty name: " + types.get(2));

        given().when().get("/api/v1/typologies/" + UUID.randomUUID() + "/assignments").then()
                .statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 201).when().get("/api/v1/typologies/" + first + "/assignments").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnknownTypologyIsNotFound() {
        given().when().get("/api/v1/typologies/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/typologies/" + UUID.randomUUID() + "/types").then()
                .statusCode(404).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/typologies/" + UUID.randomUUID() + "/publish").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void invalidRunRequestsAreBadRequests() {
        start("{\"k\": 1}").statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("k")));
        // The JSON null is no request object: refused, not run with the defaults (FuzzIT found it started a run).
        start("null").statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("JSON object"));
        // A well-formed request naming a basis that has no published version breaks a rule: 422.
        start("{\"basis\": \"weighted-2027\"}").statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("weighted-2027"));
        given().when().get("/api/v1/neighbourhoods/XX0000/type").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void runningAndPublishingNeedTheStewardRole() {
        given().contentType(ContentType.JSON).body("{}").when().post("/api/v1/typologies").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("contributor")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/typologies").then()
                .statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("contributor"))
                .when().post("/api/v1/typologies/" + UUID.randomUUID() + "/publish").then()
                .statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theOpenApiContractDescribesTypologies() {
        given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/typologies'.post.responses", org.hamcrest.Matchers.hasKey("202"))
                .body("paths.'/api/v1/typologies'.post.security[0].bearer", org.hamcrest.Matchers.hasItem("steward"))
                .body("paths.'/api/v1/typologies/{id}/publish'.post.responses", org.hamcrest.Matchers.hasKey("409"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/typologies/{id}/types/{type}/neighbourhoods"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/neighbourhoods/{code}/type"))
                .body("components.schemas.TypologyRunRequest.properties.k.examples[0]", equalTo(12))
                .body("components.schemas.PenPortrait.properties", org.hamcrest.Matchers.hasKey("distinguishing"))
                .body("paths.'/api/v1/typologies/{id}/types/{type}/naming'.put.operationId", equalTo("nameTypologyType"))
                .body("paths.'/api/v1/typologies/{id}/types/{type}/naming'.put.responses",
                        org.hamcrest.Matchers.hasKey("422"))
                .body("paths.'/api/v1/typologies/{id}/types/{type}/naming'.put.security[0].bearer",
                        org.hamcrest.Matchers.hasItem("steward"))
                .body("components.schemas.SilhouetteReading.properties.band.enum",
                        org.hamcrest.Matchers.hasItem("NONE"));
        given().when().get("/schemas/typology.published.v1.json").then().statusCode(200)
                .body("$id", equalTo("https://schaalsprong.nl/schemas/typology.published.v1.json"));
        given().when().get("/asyncapi.yaml").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("nl.schaalsprong.typology.published.v1"));
    }

    private static io.restassured.response.ValidatableResponse start(String body) {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/typologies").then();
    }

    /** Starts a run, checks the 202, and waits until the run is a draft (failing fast if it failed). */
    private static String startAndAwaitDraft(String body) {
        ExtractableResponse<Response> started = start(body)
                .statusCode(202)
                .body("status", equalTo("RUNNING"))
                .extract();
        String id = started.path("id");
        assertTrue(started.header("Location").endsWith("/api/v1/typologies/" + id), started.header("Location"));
        await().atMost(RUN_TIMEOUT).pollInterval(Duration.ofMillis(200)).until(() -> {
            String status = given().get("/api/v1/typologies/" + id).then().statusCode(200).extract().path("status");
            if ("FAILED".equals(status)) {
                throw new AssertionError("run failed: " + given().get("/api/v1/typologies/" + id).asString());
            }
            return "DRAFT".equals(status);
        });
        return id;
    }

    private String assignmentDigest(String typologyId) throws SQLException {
        return queryString("select md5(string_agg(buurt_code || ':' || type_number || ':' || distance, '|' "
                + "order by buurt_code)) from typology_assignment where typology_id = '" + typologyId + "'");
    }

    private long queryLong(String sql) throws SQLException {
        return Long.parseLong(queryString(sql));
    }

    private String queryString(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private JsonSchema schema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/typology.published.v1.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }


}
