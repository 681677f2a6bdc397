package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bases through the real API and database: lifecycle, rules, and what they do to a search. */
@QuarkusTest
class ComparabilityBasisTest {

    private static final String BUURT = "BU01630408";

    @BeforeEach
    void nationalFileImported() {
        NationalFile.ensureImported();
    }

    @Test
    void theSeededDefaultIsTheSkeletonPublishedAsStandaardVersion1() {
        given().when().get("/api/v1/comparability-bases/standaard/versions/1").then()
                .statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("isDefault", equalTo(true))
                .body("weights.dimension", equalTo(List.of("LOG_BEVOLKINGSDICHTHEID", "GEMIDDELDE_HUISHOUDENSGROOTTE",
                        "AANDEEL_HUISHOUDENS_MET_KINDEREN", "STEDELIJKHEID", "AANDEEL_65_PLUS")))
                .body("weights.weight", equalTo(List.of(1.0f, 1.0f, 1.0f, 1.0f, 1.0f)));
        given().when().get("/api/v1/comparability-bases").then().statusCode(200).body("name", hasItem("standaard"));
        given().queryParam("limit", 3).when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then()
                .statusCode(200).body("basis", equalTo("standaard")).body("basisVersion", equalTo(1));
    }

    @Test
    void aDraftCanBeRevisedUntilPublishedAndIsFixedAfter() {
        String name = uniqueName("levenscyclus");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("STEDELIJKHEID", 1)))
                .when().post("/api/v1/comparability-bases").then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/comparability-bases/" + name + "/versions/1"))
                .body("status", equalTo("DRAFT")).body("version", equalTo(1)).body("isDefault", equalTo(false));
        // a draft cannot be searched with
        given().queryParam("basis", name).queryParam("basisVersion", 1)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then().statusCode(409);
        revise(name, 1, "{\"weights\":[{\"dimension\":\"AANDEEL_65_PLUS\",\"weight\":2}]}").statusCode(200)
                .body("weights[0].dimension", equalTo("AANDEEL_65_PLUS"));
        publish(name, 1).statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedBy", equalTo("test-user"));

        revise(name, 1, "{\"weights\":[{\"dimension\":\"STEDELIJKHEID\",\"weight\":1}]}")
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://schaalsprong.nl/problems/conflict"))
                .body("detail", containsString("PUBLISHED"));
        publish(name, 1).statusCode(409).contentType("application/problem+json");
        // the next version of the same name
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("STEDELIJKHEID", 1)))
                .when().post("/api/v1/comparability-bases").then().statusCode(201).body("version", equalTo(2));
        given().when().get("/api/v1/comparability-bases/" + name).then().statusCode(200)
                .body("version", equalTo(List.of(1, 2))).body("status", equalTo(List.of("PUBLISHED", "DRAFT")));
    }

    @Test
    void rulesAndRolesAreProblems() {
        String name = uniqueName("regels");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("ONBEKEND", 1))).when().post("/api/v1/comparability-bases").then()
                .statusCode(422).contentType("application/problem+json").body("detail", containsString("ONBEKEND"));
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("STEDELIJKHEID", 0))).when().post("/api/v1/comparability-bases").then()
                .statusCode(422).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"weights\":[]}").when().post("/api/v1/comparability-bases").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("weights"));
        given().contentType(ContentType.JSON).body(basis(name, Map.of("STEDELIJKHEID", 1)))
                .when().post("/api/v1/comparability-bases").then().statusCode(401)
                .contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer("contributor")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("STEDELIJKHEID", 1))).when().post("/api/v1/comparability-bases").then()
                .statusCode(403).contentType("application/problem+json");
        // A malformed name or key is a malformed request wherever it sits: 400, not a rule the domain applies.
        given().when().get("/api/v1/comparability-bases/Geen_Naam").then().statusCode(400)
                .contentType("application/problem+json").body("title", equalTo("Malformed value"))
                .body("detail", containsString("'Geen_Naam' is not a basis name"));
        given().when().get("/api/v1/dimensions/kleine-letters").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("is not a dimension key"));
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("kleine_letters", 1))).when().post("/api/v1/comparability-bases").then()
                .statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/comparability-bases/bestaat-niet/versions/1").then().statusCode(404)
                .contentType("application/problem+json");
        // a basis without a published version cannot become the default
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, Map.of("STEDELIJKHEID", 1))).when().post("/api/v1/comparability-bases").then()
                .statusCode(201);
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().put("/api/v1/comparability-bases/" + name + "/default").then().statusCode(409);
    }

    /**
     * One basis weighs density five times as much as the share of 65+, the other the reverse. They pick different
     * neighbours for the same buurt, and the explanations show why: each basis' best match is closer on the
     * dimension that basis weighs most.
     */
    @Test
    void twoBasesRankABuurtsNeighboursDifferentlyAndTheExplanationShowsWhy() {
        String density = publishedBasis(uniqueName("dichtheid"), Map.of("LOG_BEVOLKINGSDICHTHEID", 5,
                "AANDEEL_65_PLUS", 1));
        String ageing = publishedBasis(uniqueName("vergrijzing"), Map.of("LOG_BEVOLKINGSDICHTHEID", 1,
                "AANDEEL_65_PLUS", 5));

        JsonPath byDensity = search(density);
        JsonPath byAgeing = search(ageing);
        List<String> densityRanking = byDensity.getList("comparable.code");
        List<String> ageingRanking = byAgeing.getList("comparable.code");
        assertNotEquals(densityRanking, ageingRanking);
        // the basis lists its dimensions in the order given (here by key, see basis())
        assertEquals(List.of("AANDEEL_65_PLUS", "LOG_BEVOLKINGSDICHTHEID"), byDensity.getList("dimensions"));

        // X: picked by the density basis only; Y: picked by the ageing basis only. Density ranks X above Y and
        // ageing Y above X; with weights 5:1 and 1:5 that forces X closer on density and Y closer on 65+
        // (5u <= v and 5v <= u for u = dDensity(X) - dDensity(Y), v = d65(Y) - d65(X) give 24u <= 0).
        String x = densityRanking.stream().filter(c -> !ageingRanking.contains(c)).findFirst().orElseThrow();
        String y = ageingRanking.stream().filter(c -> !densityRanking.contains(c)).findFirst().orElseThrow();
        Map<String, Double> onX = distances(explain(x, density));
        Map<String, Double> onY = distances(explain(y, ageing));
        assertTrue(onX.get("LOG_BEVOLKINGSDICHTHEID") < onY.get("LOG_BEVOLKINGSDICHTHEID"),
                "the density basis' pick is closer on density: " + onX + " vs " + onY);
        assertTrue(onY.get("AANDEEL_65_PLUS") < onX.get("AANDEEL_65_PLUS"),
                "the ageing basis' pick is closer on 65+: " + onY + " vs " + onX);
        String densityBest = densityRanking.get(0);
        assertEquals("LOG_BEVOLKINGSDICHTHEID".equals(explain(x, density).getString("other.differsMostOn")),
                onX.get("LOG_BEVOLKINGSDICHTHEID") * 5 > onX.get("AANDEEL_65_PLUS"),
                "differsMostOn names the dimension with the largest contribution");

        // The pairwise explanation agrees with the list, and its contributions add up to 1 − similarity.
        JsonPath pair = explain(densityBest, density);
        double similarity = pair.getDouble("other.similarity");
        assertEquals(byDensity.getDouble("comparable[0].similarity"), similarity, 1e-12);
        double sum = pair.getList("other.contributions.contribution", Float.class).stream()
                .mapToDouble(Float::doubleValue).sum();
        assertEquals(1 - similarity, sum, 1e-5);
        assertEquals(0.0, pair.getDouble("other.missingWeight"), 1e-12);
        assertEquals(5.0 / 6, pair.getDouble("other.contributions.find { it.dimension == 'LOG_BEVOLKINGSDICHTHEID' }.weight"),
                1e-6);
    }

    /** Searches without a basis follow the default at once when it changes (published bases are kept in memory). */
    @Test
    void aSearchWithoutABasisFollowsTheDefaultWhenItChanges() {
        String name = publishedBasis(uniqueName("dichtheid"), Map.of("LOG_BEVOLKINGSDICHTHEID", 1));
        given().when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then()
                .statusCode(200).body("basis", equalTo("standaard"));
        try {
            makeDefault(name);
            given().when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then()
                    .statusCode(200).body("basis", equalTo(name)).body("dimensions", equalTo(List.of("LOG_BEVOLKINGSDICHTHEID")));
        } finally {
            makeDefault("standaard");
        }
        given().when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then()
                .statusCode(200).body("basis", equalTo("standaard"));
    }

    private static void makeDefault(String name) {
        given().header("Authorization", TestTokens.bearer("steward"))
                .when().put("/api/v1/comparability-bases/" + name + "/default").then().statusCode(org.hamcrest.Matchers.lessThan(300));
    }

    private static JsonPath search(String basis) {
        return given().queryParam("basis", basis).queryParam("limit", 20)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then()
                .statusCode(200).body("basis", equalTo(basis)).body("basisVersion", equalTo(1))
                .extract().jsonPath();
    }

    private static JsonPath explain(String other, String basis) {
        return given().queryParam("basis", basis)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable/" + other).then()
                .statusCode(200).body("buurt", equalTo(BUURT)).body("other.code", equalTo(other))
                .extract().jsonPath();
    }

    private static Map<String, Double> distances(JsonPath pair) {
        List<Map<String, Object>> contributions = pair.getList("other.contributions");
        return contributions.stream().collect(java.util.stream.Collectors.toMap(c -> (String) c.get("dimension"),
                c -> ((Number) c.get("distance")).doubleValue()));
    }

    static String publishedBasis(String name, Map<String, Integer> weights) {
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .body(basis(name, weights)).when().post("/api/v1/comparability-bases").then().statusCode(201);
        publish(name, 1).statusCode(200);
        return name;
    }

    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Weights in a stable order (by key), so the response's order is predictable. */
    private static String basis(String name, Map<String, Integer> weights) {
        StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\",\"description\":\"test\",\"weights\":[");
        new java.util.TreeMap<>(weights).forEach((k, w) -> json.append("{\"dimension\":\"").append(k)
                .append("\",\"weight\":").append(w).append("},"));
        json.setLength(json.length() - 1);
        return json.append("]}").toString();
    }

    private static io.restassured.response.ValidatableResponse publish(String name, int version) {
        return given().header("Authorization", TestTokens.bearer("steward"))
                .when().post("/api/v1/comparability-bases/" + name + "/versions/" + version + "/publish").then();
    }

    private static io.restassured.response.ValidatableResponse revise(String name, int version, String body) {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/comparability-bases/" + name + "/versions/" + version).then();
    }
}
