package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.local.run.fuzz.Credential;
import nl.schaalsprong.local.run.fuzz.FuzzRun;
import nl.schaalsprong.local.run.fuzz.KnownValues;
import nl.schaalsprong.local.run.fuzz.RequestFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fuzzes every operation of the three services over the running suite, from the documents they serve: valid,
 * boundary and broken values, oversized and control-character texts, unknown enum values and malformed bodies,
 * without a token, with a broken or foreign one and with each role's. No answer may be a 5xx, every 4xx is a
 * problem+json, no body shows a stack trace or an internal name, and the data the demo flow made beforehand is
 * the same afterwards. Seeded: {@code -Dfuzz.seed=} repeats a run, {@code -Dfuzz.requests=} sets its size.
 */
class FuzzIT {

    private static final int DEFAULT_REQUESTS = 12_000;
    private static final int PARALLEL = 4;
    /** Proeftuin and gemeente the fuzzer's own tokens are scoped to: no other test writes there. */
    private static final String SCRATCH_PROEFTUIN = "drimmelen-terheijden";
    private static final String SCRATCH_GEMEENTE = "GM9999";

    private static LocalSuite suite;
    private static SuiteClient client;
    private static String lessonId;
    private static String verificationId;

    @BeforeAll
    static void startSuiteWithTheDemoFlowDone() {
        suite = LocalSuite.start(SuiteSettings.forTests(SuiteSettings.locateRoot()));
        client = new SuiteClient(suite);
        lessonId = client.recordAndTagLesson("participatie/keukentafelgesprekken");
        client.awaitSuggestions(lessonId);
        verificationId = client.mostComparableVerification(lessonId);
        client.concludeConfirmed(verificationId, DemoLesson.INDICATOR, 30, 42);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void noOperationAnswersWithAServerErrorOrLeaksItsInsides() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
        int requests = Integer.getInteger("fuzz.requests", DEFAULT_REQUESTS);
        System.out.println("fuzz: seed " + seed + " (repeat with -Dfuzz.seed=" + seed + "), " + requests + " requests");
        KnownValues known = knownValues();
        List<Credential> credentials = credentials();
        List<RequestFactory> factories = List.of(
                factory("lessons-service", suite.lessons().url(), known, credentials),
                factory("typology-service", suite.typology().url(), known, credentials),
                factory("verification-service", suite.verification().url(), known, credentials));
        Map<String, String> before = snapshot();

        FuzzRun.Result result = new FuzzRun().run(factories, seed, requests, PARALLEL);

        System.out.println(result.summary(seed));
        assertEquals(requests, result.sent());
        assertTrue(result.perService().size() == 3 && result.perService().values().stream().allMatch(n -> n > 1000),
                "every service is fuzzed: " + result.perService());
        if (!result.failures().isEmpty()) {
            fail(result.failures().size() + " answers broke the rules (seed " + seed + "):\n"
                    + FuzzRun.describe(result.failures()));
        }
        Map<String, String> after = snapshot();
        before.forEach((what, body) -> assertEquals(body, after.get(what), what + " changed under the fuzzer"));
    }

    private static RequestFactory factory(String service, String url, KnownValues known, List<Credential> credentials)
            throws Exception {
        String json = given().baseUri(url).queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(json);
        return new RequestFactory(service, url, document, known, credentials);
    }

    /** What exists in the suite, so that requests get past "not found". */
    private static KnownValues knownValues() {
        String typology = given().baseUri(suite.typology().url()).when().get("/api/v1/typologies")
                .then().statusCode(200).extract().path("items[0].id");
        List<String> suggested = client.suggestedBuurten(lessonId);
        return new KnownValues()
                .put("lessons/id", lessonId, "00000000-0000-0000-0000-000000000000")
                .put("lessonId", lessonId)
                .put("verifications/id", verificationId)
                .put("typologies/id", typology)
                .put("proeftuinen/id", DemoLesson.PROEFTUIN, SCRATCH_PROEFTUIN)
                .put("proeftuinId", DemoLesson.PROEFTUIN, SCRATCH_PROEFTUIN)
                .put("proeftuin", DemoLesson.PROEFTUIN)
                .put("neighbourhoods/code", DemoLesson.ORIGIN, suggested.get(0), "BU03630000")
                .put("other", suggested.get(0), suggested.get(1))
                .put("areas/code", DemoLesson.ORIGIN, "WK001410", "GM0014")
                .put("area", DemoLesson.ORIGIN, "GM0014")
                .put("gemeenten/code", "GM0014", "GM0363")
                .put("gemeente", "GM0014")
                .put("wijken/code", "WK001410")
                .put("comparability-bases/name", "warmte-en-wonen")
                .put("basis", "warmte-en-wonen")
                .put("tag", "participatie/keukentafelgesprekken")
                .put("tags/tag", "participatie/keukentafelgesprekken")
                .put("theme", "participatie");
    }

    /** No token, broken and foreign ones, and each role's; only the steward's may change shared data. */
    private static List<Credential> credentials() {
        var tokens = suite.stack().tokens();
        return List.of(
                new Credential("no token", null, false),
                new Credential("not a token", "Bearer not-a-token", false),
                new Credential("a broken JWT", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", false),
                new Credential("Basic", "Basic ZnV6ejpmdXp6", false),
                new Credential("another audience", "Bearer " + tokens.token("elsewhere", "fuzz-elsewhere",
                        Set.of("steward"), List.of(), List.of()), false),
                new Credential("an unknown role", "Bearer " + tokens.token("fuzz-auditor", "auditor"), false),
                new Credential("contributor", "Bearer " + tokens.token("fuzz-contributor", Set.of("contributor"),
                        List.of(SCRATCH_PROEFTUIN), List.of()), false),
                new Credential("verifier", "Bearer " + tokens.token("fuzz-verifier", Set.of("verifier"),
                        List.of(), List.of(SCRATCH_GEMEENTE)), false),
                new Credential("steward", "Bearer " + tokens.token("fuzz-steward", "steward"), true));
    }

    /** The answers the data of the demo flow shows, and the shared catalogues; the fuzzer must leave them as they are. */
    private static Map<String, String> snapshot() {
        Map<String, String> snapshot = new LinkedHashMap<>();
        String lessons = suite.lessons().url();
        String verification = suite.verification().url();
        String typology = suite.typology().url();
        snapshot.put("the lesson", read(lessons, "/api/v1/lessons/" + lessonId));
        snapshot.put("the lesson's evidence", read(lessons, "/api/v1/lessons/" + lessonId + "/evidence"));
        snapshot.put("the proeftuin's lessons", read(lessons, "/api/v1/lessons?proeftuin=" + DemoLesson.PROEFTUIN
                + "&size=100"));
        snapshot.put("the proeftuin", read(lessons, "/api/v1/proeftuinen/" + DemoLesson.PROEFTUIN));
        snapshot.put("the proeftuin's barriers", read(lessons, "/api/v1/barriers?proeftuinId=" + DemoLesson.PROEFTUIN
                + "&size=100"));
        snapshot.put("the component vocabulary", read(lessons, "/api/v1/vocabularies/components"));
        snapshot.put("the lesson's verifications", read(verification, "/api/v1/verifications?lessonId=" + lessonId
                + "&size=100"));
        snapshot.put("the concluded verification", read(verification, "/api/v1/verifications/" + verificationId));
        snapshot.put("the typologies", read(typology, "/api/v1/typologies"));
        snapshot.put("the comparability bases", read(typology, "/api/v1/comparability-bases"));
        snapshot.put("the dimensions", read(typology, "/api/v1/dimensions"));
        snapshot.put("the origin buurt", read(typology, "/api/v1/neighbourhoods/" + DemoLesson.ORIGIN));
        snapshot.put("the imports", given().baseUri(typology).header("Authorization", client.steward())
                .when().get("/api/v1/imports?size=100").then().statusCode(200).extract().asString());
        return snapshot;
    }

    private static String read(String baseUrl, String path) {
        return given().baseUri(baseUrl).urlEncodingEnabled(false).when().get(path)
                .then().statusCode(200).extract().asString();
    }
}
