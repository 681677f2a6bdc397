package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProeftuinResourceTest {

    @Test
    void theRegisterIsPagedByRound() {
        given().when().get("/api/v1/proeftuinen?size=5").then().statusCode(200)
                .body("total", equalTo(50)).body("items", hasSize(5))
                .body("items.ronde", contains(1, 1, 1, 1, 1));
        given().when().get("/api/v1/proeftuinen?page=2&size=20").then().statusCode(200)
                .body("items", hasSize(10)).body("items.ronde[9]", equalTo(3));
        given().when().get("/api/v1/proeftuinen?size=201").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aSeededProeftuinKeepsItsSourceAndLeavesGapsOpen() {
        given().when().get("/api/v1/proeftuinen/katwijk").then().statusCode(200)
                .body("name", equalTo("Katwijk"))
                .body("wijk", nullValue())
                .body("warmtestrategie", equalTo("Aquathermie (warmte uit Rijnwater)"))
                .body("bronUrl", startsWith("https://nos.nl/"))
                .body("opmerking", equalTo("wijknaam niet in bron"))
                .body("buurtCodes", empty())
                .body("experimentConditions", empty());
    }

    @Test
    void anUnknownProeftuinIsA404Problem() {
        given().when().get("/api/v1/proeftuinen/nergens").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void aStewardSetsTheBuurtenAndTheWijkenFollow() {
        cover("groningen-de-wijert", "steward", TypologyStub.NEIGHBOUR, TypologyStub.ORIGIN).statusCode(200)
                .body("buurtCodes", contains(TypologyStub.ORIGIN, TypologyStub.NEIGHBOUR))
                .body("wijkCodes", contains("WK001400"));
        cover("groningen-de-wijert", "steward", TypologyStub.ORIGIN).statusCode(200)
                .body("buurtCodes", contains(TypologyStub.ORIGIN));
    }

    @Test
    void coveredBuurtenAreCheckedAgainstTypology() {
        cover("zwolle-berkum", "steward", TypologyStub.UNKNOWN).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString(TypologyStub.UNKNOWN));
        cover("zwolle-berkum", "steward", TypologyStub.DOWN).statusCode(503)
                .contentType(startsWith("application/problem+json"));
        cover("zwolle-berkum", "steward", "GM0193").statusCode(400);
        cover("zwolle-berkum", "contributor", TypologyStub.ORIGIN).statusCode(403);
        given().when().get("/api/v1/proeftuinen/zwolle-berkum").then().body("buurtCodes", empty());
    }

    @Test
    void aStewardCompletesTheGemeenteCodeAndTheConditions() {
        patch("hengelo", "{\"gemeenteCode\":\"GM0164\",\"experimentConditions\":[\"PIONIERS\",\"EXTRA_FINANCIERING\"]}")
                .statusCode(200)
                .body("gemeenteCode", equalTo("GM0164"))
                .body("experimentConditions", contains("EXTRA_FINANCIERING", "PIONIERS"));
        patch("hengelo", "{\"experimentConditions\":[]}").statusCode(200)
                .body("gemeenteCode", equalTo("GM0164")).body("experimentConditions", empty());
        patch("hengelo", "{\"gemeenteCode\":\"Hengelo\"}").statusCode(400);
    }

    private static ValidatableResponse cover(String id, String role, String... codes) {
        String list = codes.length == 0 ? "" : "\"" + String.join("\",\"", codes) + "\"";
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer(role))
                .body("{\"buurtCodes\":[" + list + "]}").when().put("/api/v1/proeftuinen/" + id + "/buurten").then();
    }

    private static ValidatableResponse patch(String id, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("steward"))
                .body(body).when().patch("/api/v1/proeftuinen/" + id).then();
    }
}
