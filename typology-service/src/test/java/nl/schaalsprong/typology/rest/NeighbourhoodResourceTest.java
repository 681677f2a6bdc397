package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class NeighbourhoodResourceTest {

    private static final String BUURT = "BU01630408";

    @BeforeEach
    void nationalFileImported() {
        NationalFile.ensureImported();
    }

    @Test
    void readsOneBuurtWithoutAToken() {
        given().when().get("/api/v1/neighbourhoods/" + BUURT).then()
                .statusCode(200)
                .body("code", equalTo(BUURT))
                .body("name", equalTo("'n Oaln Diek"))
                .body("wijkCode", equalTo("WK016304"))
                .body("gemeenteCode", equalTo("GM0163"))
                .body("gemeenteName", equalTo("Hellendoorn"))
                .body("year", equalTo(2024))
                .body("figures.AANTAL_INWONERS", equalTo(815))
                .body("figures.HUISHOUDENS_MET_KINDEREN", equalTo(135))
                .body("figures.MISDRIJVEN_VERNIELING", equalTo(7))
                .body("figureHistory.find { it.figure == 'AANTAL_INWONERS' }.year", equalTo(2024));
    }

    @Test
    void returnsTheRequestedNumberOfOtherBuurtenRankedBySimilarityThenCode() {
        JsonPath body = comparable(BUURT, 25);
        List<Map<String, Object>> ranked = body.getList("comparable");

        assertEquals(BUURT, body.getString("buurt"));
        assertEquals(List.of("LOG_BEVOLKINGSDICHTHEID", "GEMIDDELDE_HUISHOUDENSGROOTTE",
                "AANDEEL_HUISHOUDENS_MET_KINDEREN", "STEDELIJKHEID", "AANDEEL_65_PLUS"), body.getList("dimensions"));
        assertEquals(25, ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Map<String, Object> match = ranked.get(i);
            double similarity = ((Number) match.get("similarity")).doubleValue();
            assertTrue(similarity >= 0 && similarity <= 1, "similarity " + similarity + " outside [0,1]");
            assertNotEquals(BUURT, match.get("code"), "a buurt is not comparable to itself");
            assertTrue(((String) match.get("code")).matches("BU\\d{4}[0-9A-Z]{4}"));
            assertTrue(!((String) match.get("name")).isBlank() && !((String) match.get("gemeenteName")).isBlank());
            assertEquals(5, match.get("comparedDimensions"), "the national file has every figure");
            if (i > 0) {
                Map<String, Object> previous = ranked.get(i - 1);
                double before = ((Number) previous.get("similarity")).doubleValue();
                assertTrue(before > similarity || (before == similarity
                                && ((String) previous.get("code")).compareTo((String) match.get("code")) < 0),
                        "not ranked at " + i + ": " + previous + " then " + match);
            }
        }
        // The first 10 of a longer list are the default answer: ranking does not depend on the limit.
        assertEquals(ranked.subList(0, 10), comparable(BUURT, null).getList("comparable"));
    }

    /**
     * By default each result is short (no contributions); explain=true adds them, and everything else is the same.
     * The contributions add up to 1 − similarity and the largest is the one differsMostOn names.
     */
    @Test
    @SuppressWarnings("unchecked")
    void contributionsComeOnRequestAndAgreeWithTheShortAnswer() {
        // Numbers as doubles (REST Assured reads floats by default), so that the sum can be checked closely.
        var doubles = new io.restassured.path.json.config.JsonPathConfig(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE);
        List<Map<String, Object>> brief = comparable(BUURT, 25).using(doubles).getList("comparable");
        List<Map<String, Object>> explained = given().queryParam("limit", 25).queryParam("explain", true)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then().statusCode(200)
                .extract().jsonPath().using(doubles).getList("comparable");
        assertEquals(25, explained.size());
        for (int i = 0; i < brief.size(); i++) {
            Map<String, Object> shortForm = brief.get(i);
            Map<String, Object> full = new java.util.HashMap<>(explained.get(i));
            assertTrue(!shortForm.containsKey("contributions"), "no contributions unless asked: " + shortForm);
            assertEquals(Boolean.FALSE, shortForm.get("proeftuin"));
            assertTrue(shortForm.containsKey("type"), "type is always there, null without a typology or an object");
            List<Map<String, Object>> contributions = (List<Map<String, Object>>) full.remove("contributions");
            assertEquals(shortForm, full, "the same result, only without contributions");
            double sum = contributions.stream().mapToDouble(c -> ((Number) c.get("contribution")).doubleValue()).sum();
            assertEquals(1 - ((Number) full.get("similarity")).doubleValue(), sum, 1e-9);
            double largest = ((Number) contributions.get(0).get("contribution")).doubleValue();
            assertEquals(largest > 0 ? contributions.get(0).get("dimension") : null, full.get("differsMostOn"));
        }
    }

    /**
     * among ranks only the buurten listed, each as the full search ranks and explains it: a client that chose
     * from a lean answer gets the contributions of its choice without those of every candidate.
     */
    @Test
    void amongRanksAndExplainsOnlyTheBuurtenListed() {
        var doubles = new io.restassured.path.json.config.JsonPathConfig(
                io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE);
        List<Map<String, Object>> search = given().queryParam("limit", 30).queryParam("explain", true)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then().statusCode(200)
                .extract().jsonPath().using(doubles).getList("comparable");
        // A choice out of the search's order, with the buurt itself and a repeat that are to be left out.
        List<Map<String, Object>> chosen = List.of(search.get(27), search.get(3), search.get(14));
        String among = chosen.get(0).get("code") + "," + chosen.get(1).get("code") + "," + BUURT;
        List<Map<String, Object>> explained = given().queryParam("among", among)
                .queryParam("among", chosen.get(2).get("code")).queryParam("among", chosen.get(1).get("code"))
                .queryParam("explain", true)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then().statusCode(200)
                .body("basis", equalTo("standaard"))
                .extract().jsonPath().using(doubles).getList("comparable");
        assertEquals(List.of(search.get(3), search.get(14), search.get(27)), explained,
                "the listed buurten, ranked, each exactly as the search explains it");
        List<Map<String, Object>> lean = given().queryParam("among", among)
                .when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then().statusCode(200)
                .extract().jsonPath().using(doubles).getList("comparable");
        assertEquals(List.of(search.get(3).get("code"), search.get(27).get("code")),
                lean.stream().map(b -> b.get("code")).toList());
        assertTrue(lean.stream().noneMatch(b -> b.containsKey("contributions")), "contributions only on request");
    }

    @Test
    void amongIsValidated() {
        String path = "/api/v1/neighbourhoods/" + BUURT + "/comparable";
        given().queryParam("among", "BU99999999").when().get(path).then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("BU99999999"));
        given().queryParam("among", "BU0163").when().get(path).then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("among", "BU07581000").queryParam("within", "gemeente").when().get(path).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("within"));
        String tooMany = java.util.stream.IntStream.range(0, 101).mapToObj(i -> String.format("BU0163%04d", i))
                .collect(java.util.stream.Collectors.joining(","));
        given().queryParam("among", tooMany).when().get(path).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("at most 100"));
    }

    @Test
    void theAnswerIsDeterministic() {
        assertEquals(comparable("BU19550001", 100).prettify(), comparable("BU19550001", 100).prettify());
        assertEquals(100, comparable("BU19550001", 100).getList("comparable").size());
    }

    @Test
    void anUnknownBuurtIsNotFound() {
        for (String path : List.of("/api/v1/neighbourhoods/BU99999999", "/api/v1/neighbourhoods/BU99999999/comparable")) {
            given().when().get(path).then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("type", equalTo("https://schaalsprong.nl/problems/not-found"))
                    .body("detail", containsString("BU99999999"));
        }
    }

    @Test
    void aMalformedCodeIsABadRequest() {
        for (String path : List.of("/api/v1/neighbourhoods/GM0163", "/api/v1/neighbourhoods/BU0163/comparable")) {
            given().when().get(path).then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("title", equalTo("Invalid area code"));
        }
    }

    @Test
    void theLimitIsValidated() {
        for (int limit : new int[]{0, -1, 101}) {
            given().queryParam("limit", limit).when().get("/api/v1/neighbourhoods/" + BUURT + "/comparable").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://schaalsprong.nl/problems/validation"))
                    .body("errors", hasSize(1))
                    .body("errors[0].field", equalTo("limit"));
        }
    }

    private static JsonPath comparable(String code, Integer limit) {
        var request = given();
        if (limit != null) {
            request = request.queryParam("limit", limit);
        }
        return request.when().get("/api/v1/neighbourhoods/" + code + "/comparable").then()
                .statusCode(200).contentType("application/json").extract().jsonPath();
    }
}
