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
    private static final Map<String, String> upstreams = new LinkedHashMap<>();

    @BeforeAll
    static void startSuiteBehindPrism() throws Exception {
        suite = LocalSuite.start(SuiteSettings.forTests(SuiteSettings.locateRoot()));
        Path root = suite.settings().root();
        Path prism = PrismProxy.install(root);
        Path work = root.resolve("deploy/local/launcher/target/prism");
        Files.createDirectories(work);
        upstreams.putAll(Map.of("lessons-service", suite.lessons().url(),
                "typology-service", suite.typology().url(), "verification-service", suite.verification().url()));
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
    void everyAnswerOfTheDemoFlowAndTheMainReadsMatchesItsDocument() throws Exception {
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
        Map<String, String> bodies = new LinkedHashMap<>();
        for (Read read : reads) {
            var answer = read.sendTo(read.baseUrl());
            int status = answer.statusCode();
            bodies.put(read.baseUrl() + read.path(), answer.asString());
            if (status != read.expected()) {
                notAnswered.add(read.path() + " answered " + status + ", not " + read.expected());
            }
        }

        System.out.println(verdicts.summary());
        System.out.print(verdicts.report());
        assertTrue(notAnswered.isEmpty(), "main reads answered otherwise than expected: " + notAnswered);
        assertTrue(verdicts.errors().isEmpty(), "answers or requests that break their document:\n" + verdicts.report());
        everyReadIsCheckedByPrism(reads, bodies);
    }

    /**
     * The check itself is checked (Prism 5.9 let answers through unchecked when it could not compile a schema): the
     * same reads again, through proxies given each document with a field {@code acceptedByPrism} required in every
     * object schema, must each be Prism's VIOLATIONS problem naming that field; only an answer without any JSON object
     * in it (a list of texts) cannot break that and is left out.
     */
    private static void everyReadIsCheckedByPrism(List<Read> reads, Map<String, String> bodies) throws Exception {
        Path root = suite.settings().root();
        Path work = root.resolve("deploy/local/launcher/target/prism");
        ObjectMapper mapper = new ObjectMapper();
        Map<String, PrismProxy> stricter = new LinkedHashMap<>();
        try {
            for (var entry : proxies.entrySet()) {
                JsonNode document = mapper.readTree(work.resolve(entry.getKey() + ".json").toFile());
                requireEverywhere(document);
                Path file = work.resolve(entry.getKey() + "-stricter.json");
                mapper.writeValue(file.toFile(), document);
                stricter.put(entry.getValue().url(), PrismProxy.start(PrismProxy.install(root),
                        entry.getKey() + "-stricter", file, upstreams.get(entry.getKey()), work));
            }
            List<String> unchecked = new ArrayList<>();
            int checked = 0;
            for (Read read : reads) {
                if (!hasObject(mapper.readTree(bodies.get(read.baseUrl() + read.path())))) {
                    continue;
                }
                String answer = read.sendTo(stricter.get(read.baseUrl()).url()).asString();
                checked++;
                if (!answer.contains("https://stoplight.io/prism/errors#VIOLATIONS") || !answer.contains("acceptedByPrism")) {
                    unchecked.add(read.path() + ": " + answer.substring(0, Math.min(300, answer.length())));
                }
            }
            System.out.println("prism: " + (checked - unchecked.size()) + " of the " + checked + " reads with an object"
                    + " in their answer (of " + reads.size() + ") refused behind the stricter documents, as they must be");
            assertTrue(unchecked.isEmpty(), "Prism let these answers through unchecked: " + unchecked);
            assertTrue(checked >= reads.size() - 3, "most reads are re-checked: " + checked + " of " + reads.size());
        } finally {
            stricter.values().forEach(PrismProxy::close);
        }
    }

    /** Adds a required field no answer has to every object schema of the document, inline or named. */
    private static void requireEverywhere(JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            if (object.path("properties").isObject()) {
                object.withArray("required").add("acceptedByPrism");
            }
            object.elements().forEachRemaining(PrismProxyIT::requireEverywhere);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(PrismProxyIT::requireEverywhere);
        }
    }

    private static boolean hasObject(JsonNode node) {
        if (node.isObject()) {
            return true;
        }
        for (JsonNode element : node) {
            if (hasObject(element)) {
                return true;
            }
        }
        return false;
    }

    private record Read(String baseUrl, String path, String authorization, int expected) {
        Read(String baseUrl, String path, String authorization) {
            this(baseUrl, path, authorization, 200);
        }

        static Read open(String baseUrl, String path) {
            return new Read(baseUrl, path, null);
        }

        io.restassured.response.ExtractableResponse<io.restassured.response.Response> sendTo(String url) {
            var request = given().baseUri(url).urlEncodingEnabled(false);
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return request.when().get(path).then().extract();
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
