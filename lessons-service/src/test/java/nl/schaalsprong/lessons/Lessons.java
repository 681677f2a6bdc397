package nl.schaalsprong.lessons;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

/** Lessons over the API, for the tests: a complete content, and the steps to record and publish one. */
final class Lessons {

    static final String PROEFTUIN = "groningen-paddepoel-en-selwerd";

    /** Passes every policy of the quality gate. {@code %s} placeholders: routes, then the extra fields. */
    private static final String TEMPLATE = """
            {"title":"Keukentafelgesprekken verhogen de deelname",
             "context":"Bij de eerste informatieavond kwamen 40 van de 900 huishoudens.",
             "module":"participatie/keukentafelgesprekken",
             "lesson":"Gesprekken thuis bereiken wie niet naar avonden komt.",
             "recommendation":"Plan per straat een ronde keukentafelgesprekken voor het aanbod.",
             "outcome":"SUCCESS",
             "indicators":[{"name":"deelname eigenaren","value":70,"unit":"%%","date":"2021-06-01"}],
             "evidenceLinks":["https://www.aardgasvrijewijken.nl/proeftuinen"],
             "proeftuinId":"groningen-paddepoel-en-selwerd","originBuurtCodes":["BU00140000"],
             "themes":["participatie"],"routes":[%s],"claimedLayer":"MENU",
             "rightscaling":{"appliedAt":"BUURT","smallest":"STRAAT","largest":"WIJK"},
             "skills":[{"name":"gesprekken voeren","holder":"BEWONERS"}],
             "experimentConditions":["EXTRA_FINANCIERING"]%s}""";

    static final String COMPLETE = complete("\"REPLICATIE\"", "");

    private Lessons() {
    }

    static String complete(String routes, String extraFields) {
        return TEMPLATE.formatted(routes, extraFields);
    }

    /** A contributor of {@link #PROEFTUIN}, the proeftuin of the test lessons. */
    static String contributor() {
        return TestTokens.contributorOf(PROEFTUIN);
    }

    /** The token a role acts with in these tests: a contributor writes for {@link #PROEFTUIN}. */
    static String bearer(String role) {
        return "contributor".equals(role) ? contributor() : TestTokens.bearer(role);
    }

    static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).header("Authorization", contributor())
                .body(body).when().post("/api/v1/lessons").then();
    }

    static String record(String body) {
        return post(body).statusCode(201).header("Location", notNullValue()).extract().path("id");
    }

    /** Moves a lesson; publishing sends the current version (as a steward who just read it) in If-Match. */
    static ValidatableResponse transition(String id, String to, String role) {
        var request = given().contentType(ContentType.JSON).header("Authorization", bearer(role));
        if ("PUBLISHED".equals(to)) {
            request.header("If-Match", currentVersion(id));
        }
        return request.body("{\"to\":\"" + to + "\"}")
                .when().post("/api/v1/lessons/" + id + "/transitions").then();
    }

    /** The lesson's ETag as a steward reads it (stewards see drafts and lessons under review). */
    static String currentVersion(String id) {
        return given().header("Authorization", TestTokens.bearer("steward")).when().get("/api/v1/lessons/" + id)
                .then().extract().header("ETag");
    }

    static String publish(String body) {
        String id = record(body);
        transition(id, "IN_REVIEW", "contributor").statusCode(200);
        transition(id, "PUBLISHED", "steward").statusCode(200);
        return id;
    }

    static ValidatableResponse tag(String id, String tagsJson) {
        return given().contentType(ContentType.JSON).header("Authorization", contributor())
                .body("{\"tags\":" + tagsJson + "}")
                .when().post("/api/v1/lessons/" + id + "/tags").then();
    }
}
