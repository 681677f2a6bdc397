package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12's must-show, with a third-party tool: every answer of the README's demo flow and of the main reads of
 * the three services validates against the document its service serves, checked by Stoplight Prism's validating
 * proxy ({@code prism proxy --errors}, pinned in deploy/local/prism) in front of each running service. The demo flow
 * (record, review, publish with If-Match, tag, the suggestions, one accepted and concluded, the evidence, the advice)
 * and the reads go through the proxies only; any violation Prism reports, of an answer or of a request, fails the
 * test naming the operation and what was wrong.
 */
class PrismProxyIT {

    private static final String COMPONENT = "participatie/keukentafelgesprekken";

    private static LocalSuite suite;
    private static final Map<String, PrismProxy> proxies = new LinkedHashMap<>();
    private static final PrismVerdicts verdicts = new PrismVerdicts();

    @BeforeAll
    static void startSuiteBehindPrism() throws Exception {
        suite = LocalSuite.start(SuiteSettings.forTests(SuiteSettings.locateRoot()));
        Path root = suite.settings().root();
        Path prism = PrismProxy.install(root);
        Path work = root.resolve("deploy/local/launcher/target/prism");
        Files.createDirectories(work);
        Map<String, String> upstreams = Map.of("lessons-service", suite.lessons().url(),
                "typology-service", suite.typology().url(), "verification-service", suite.verification().url());
        for (String service : List.of("lessons-service", "typology-service", "verification-service")) {
            // The document the running service serves: what an integrator reads at /q/openapi.
            String json = given().baseUri(upstreams.get(service)).queryParam("format", "json").when().get("/q/openapi")
                    .then().statusCode(200).extract().asString();
            Path document = work.resolve(service + ".json");
            Files.writeString(document, json);
            PrismProxy proxy = PrismProxy.start(prism, service, document, upstreams.get(service), work);
            proxies.put(service, proxy);
            verdicts.watch(proxy, new ObjectMapper().readTree(json));
        }
        RestAssured.filters(verdicts);
    }

    @AfterAll
    static void stopEverything() {
        RestAssured.reset();
        proxies.values().forEach(PrismProxy::close);
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void everyAnswerOfTheDemoFlowAndTheMainReadsMatchesItsDocument() {
        String lessons = proxies.get("lessons-service").url();
        String typology = proxies.get("typology-service").url();
        String verification = proxies.get("verification-service").url();
        SuiteClient client = new SuiteClient(suite, lessons, verification);

        // The demo flow, as the README's banner has it, then one suggestion accepted and concluded.
        String lessonId = client.recordAndTagLesson(COMPONENT);
        client.awaitSuggestions(lessonId);
        String verificationId = client.mostComparableVerification(lessonId);
        client.concludeConfirmed(verificationId, DemoLesson.INDICATOR, 30, 42);
        String buurt = given().baseUri(verification).when().get("/api/v1/verifications/" + verificationId)
                .then().statusCode(200).extract().path("targetBuurtCode");

        List<Read> reads = new ArrayList<>(lessonsReads(client, lessons, lessonId));
        reads.addAll(typologyReads(client, typology));
        reads.addAll(verificationReads(client, verification, lessonId, verificationId, buurt));
        List<String> notAnswered = new ArrayList<>();
        for (Read read : reads) {
            var request = given().baseUri(read.baseUrl()).urlEncodingEnabled(false);
            if (read.authorization() != null) {
                request.header("Authorization", read.authorization());
            }
            int status = request.when().get(read.path()).then().extract().statusCode();
            if (status != read.expected()) {
                notAnswered.add(read.path() + " answered " + status + ", not " + read.expected());
            }
        }

        System.out.println(verdicts.summary());
        System.out.print(verdicts.report());
        assertTrue(notAnswered.isEmpty(), "main reads answered otherwise than expected: " + notAnswered);
        assertTrue(verdicts.errors().isEmpty(), "answers or requests that break their document:\n" + verdicts.report());
    }

    /**
     * The check itself is checked: behind a proxy given the lessons document with one field more required in a
     * lesson than the service sends, reading a lesson is Prism's VIOLATIONS problem naming that field.
     */
    @Test
    void theProxyRefusesAnAnswerItsDocumentForbids() throws Exception {
        String lessonId = new SuiteClient(suite).recordAndTagLesson(COMPONENT);
        Path work = suite.settings().root().resolve("deploy/local/launcher/target/prism");
        ObjectMapper mapper = new ObjectMapper();
        var document = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(
                work.resolve("lessons-service.json").toFile());
        var lesson = (com.fasterxml.jackson.databind.node.ObjectNode) document.path("components").path("schemas")
                .path("Lesson");
        lesson.withArray("required").add("acceptedByPrism");
        Path stricter = work.resolve("lessons-service-stricter.json");
        mapper.writeValue(stricter.toFile(), document);
        try (PrismProxy proxy = PrismProxy.start(PrismProxy.install(suite.settings().root()), "lessons-stricter",
                stricter, suite.lessons().url(), work)) {
            given().baseUri(proxy.url()).when().get("/api/v1/lessons/" + lessonId)
                    .then().statusCode(500)
                    .body("type", org.hamcrest.Matchers.equalTo("https://stoplight.io/prism/errors#VIOLATIONS"))
                    .body("validation.message", org.hamcrest.Matchers.hasItem(
                            org.hamcrest.Matchers.containsString("acceptedByPrism")));
        }
    }

    private record Read(String baseUrl, String path, String authorization, int expected) {
        Read(String baseUrl, String path, String authorization) {
            this(baseUrl, path, authorization, 200);
        }

        static Read open(String baseUrl, String path) {
            return new Read(baseUrl, path, null);
        }
    }

    private static List<Read> lessonsReads(SuiteClient client, String lessons, String lessonId) {
        String barrier = given().baseUri(lessons).queryParam("proeftuinId", DemoLesson.PROEFTUIN)
                .when().get("/api/v1/barriers").then().statusCode(200).extract().path("items[0].id");
        List<Read> reads = new ArrayList<>(List.of(
                Read.open(lessons, "/api/v1/lessons/" + lessonId),
                Read.open(lessons, "/api/v1/lessons/" + lessonId + "/evidence"),
                new Read(lessons, "/api/v1/lessons/" + lessonId + "/history", client.contributor()),
                Read.open(lessons, "/api/v1/lessons?proeftuin=" + DemoLesson.PROEFTUIN + "&size=100"),
                Read.open(lessons, "/api/v1/lessons?theme=participatie"),
                new Read(lessons, "/api/v1/lessons?status=DRAFT", client.steward()),
                Read.open(lessons, "/api/v1/lessons/facets"),
                Read.open(lessons, "/api/v1/neighbourhoods/" + DemoLesson.ORIGIN + "/lessons?comparable=5"),
                Read.open(lessons, "/api/v1/proeftuinen?size=100"),
                Read.open(lessons, "/api/v1/proeftuinen/" + DemoLesson.PROEFTUIN),
                Read.open(lessons, "/api/v1/barriers?size=100"),
                Read.open(lessons, "/api/v1/barriers/summary?by=STATUS"),
                Read.open(lessons, "/api/v1/vocabularies/components"),
                Read.open(lessons, "/api/v1/vocabularies/themes")));
        if (barrier != null) {
            reads.add(Read.open(lessons, "/api/v1/barriers/" + barrier));
        }
        return reads;
    }

    private static List<Read> typologyReads(SuiteClient client, String typology) {
        String typologyId = given().baseUri(typology).when().get("/api/v1/typologies")
                .then().statusCode(200).extract().path("items[0].id");
        Integer type = given().baseUri(typology).when().get("/api/v1/typologies/" + typologyId + "/types")
                .then().statusCode(200).extract().path("[0].number");
        String dimension = given().baseUri(typology).when().get("/api/v1/dimensions")
                .then().statusCode(200).extract().path("[0].key");
        String figure = given().baseUri(typology).when().get("/api/v1/figures")
                .then().statusCode(200).extract().path("[0].key");
        Object basisVersion = given().baseUri(typology).when().get("/api/v1/comparability-bases/warmte-en-wonen")
                .then().statusCode(200).extract().path("[0].version");
        String importId = given().baseUri(typology).header("Authorization", client.steward())
                .when().get("/api/v1/imports").then().statusCode(200).extract().path("items[0].id");
        String other = "BU00141002";
        List<Read> reads = new ArrayList<>(List.of(
                Read.open(typology, "/api/v1/neighbourhoods/" + DemoLesson.ORIGIN),
                Read.open(typology, "/api/v1/neighbourhoods/" + DemoLesson.ORIGIN + "/type"),
                Read.open(typology, "/api/v1/neighbourhoods/" + DemoLesson.ORIGIN + "/comparable?limit=10&explain=true"),
                Read.open(typology, "/api/v1/neighbourhoods/" + DemoLesson.ORIGIN + "/comparable/" + other),
                Read.open(typology, "/api/v1/wijken/WK001410/comparable?limit=5"),
                Read.open(typology, "/api/v1/gemeenten/GM0014/comparable?limit=5"),
                Read.open(typology, "/api/v1/areas?q=Paddepoel"),
                Read.open(typology, "/api/v1/areas/" + DemoLesson.ORIGIN),
                Read.open(typology, "/api/v1/areas/GM0014"),
                Read.open(typology, "/api/v1/comparability-bases"),
                Read.open(typology, "/api/v1/comparability-bases/warmte-en-wonen/versions/" + basisVersion),
                Read.open(typology, "/api/v1/dimensions/" + dimension),
                Read.open(typology, "/api/v1/figures/" + figure),
                Read.open(typology, "/api/v1/typologies/" + typologyId),
                Read.open(typology, "/api/v1/typologies/" + typologyId + "/assignments?size=20"),
                Read.open(typology, "/api/v1/typologies/" + typologyId + "/types/" + type + "/neighbourhoods?size=20")));
        if (importId != null) {
            reads.add(new Read(typology, "/api/v1/imports/" + importId, client.steward()));
            reads.add(new Read(typology, "/api/v1/imports/" + importId + "/rejections", client.steward()));
            reads.add(new Read(typology, "/api/v1/imports/" + importId + "/unplaced", client.steward()));
        }
        return reads;
    }

    private static List<Read> verificationReads(SuiteClient client, String verification, String lessonId,
                                                String verificationId, String buurt) {
        return List.of(
                Read.open(verification, "/api/v1/verifications?lessonId=" + lessonId + "&size=100"),
                Read.open(verification, "/api/v1/verifications/" + verificationId),
                Read.open(verification, "/api/v1/evidence/lessons/" + lessonId),
                Read.open(verification, "/api/v1/tags/participatie%2Fkeukentafelgesprekken/evidence"),
                Read.open(verification, "/api/v1/advice?area=" + buurt + "&theme=participatie&size=50"),
                Read.open(verification, "/api/v1/advice?area=" + DemoLesson.ORIGIN),
                Read.open(verification, "/api/v1/evidence-rules"),
                Read.open(verification, "/api/v1/evidence/summary?by=ROUTE"),
                Read.open(verification, "/api/v1/gemeenten/GM0014/suggestions"),
                Read.open(verification, "/api/v1/learning-metrics"),
                Read.open(verification, "/api/v1/learning-metrics/breakdown?by=GEMEENTE"),
                // Nothing is learned in a fresh suite: its 404 problem is checked against the document too.
                new Read(verification, "/api/v1/learning/weights", null, 404),
                new Read(verification, "/api/v1/subscriptions", client.steward()));
    }
}
