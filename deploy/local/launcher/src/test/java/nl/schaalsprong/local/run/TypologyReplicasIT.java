package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import nl.schaalsprong.local.Ports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15 for typology-service: two packaged instances, A (the suite's) and B (a replica), on one PostgreSQL and one
 * Kafka, driven through the public API as a steward would. A change imported through B is served by A's comparable
 * search (A's in-memory index follows the committed index version); a typology run on B and published there gives
 * A's answers its types; an import on B runs to its end while A reaps expired leases every second; its
 * neighbourhood.changed events, relayed by the two instances' relays over one outbox, reach the topic once each; and
 * an import whose process is stopped (SIGTERM) mid-run does not stay RUNNING: it is FAILED once its lease ran out.
 *
 * <p>A suite of its own rather than a third typology instance in {@link TwoReplicasIT}: its leases are short
 * ({@link #LEASE}, renewed every second) so that an import outlives its lease and only the owner's renewals keep it
 * alive, and its last scenario stops a typology instance, which TwoReplicasIT's suggestion runs must not meet.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TypologyReplicasIT {

    /** Short, so that a national energy import (several seconds) lives on renewals; the shipped lease is 30 s. */
    private static final Duration LEASE = Duration.ofSeconds(5);
    private static final Duration RENEW_INTERVAL = Duration.ofSeconds(1);
    /** The deadline for giving up on what must follow (the index polls every 5 s); a follow goes on at once. */
    private static final Duration FOLLOW = Duration.ofSeconds(60);
    private static final Duration JOB = Duration.ofMinutes(3);
    private static final String ORIGIN = DemoLesson.ORIGIN;
    private static final String TOPIC = "schaalsprong.typology";
    /** An empty year, so that the shipped energy files change every buurt they hold (about 12,000 events). */
    private static final int EMPTY_YEAR = 2099;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static LocalSuite suite;
    private static ServiceProcess a;
    private static ServiceProcess b;
    private static String steward;
    private static Path root;

    @BeforeAll
    static void startTwoTypologyInstances() {
        root = SuiteSettings.locateRoot();
        suite = LocalSuite.start(SuiteSettings.forTests(root).withServiceConfig(Map.of(
                "schaalsprong.typology.jobs.lease", LEASE.toSeconds() + "s",
                "schaalsprong.typology.jobs.renew-interval", RENEW_INTERVAL.toSeconds() + "s")));
        a = suite.typology();
        b = suite.startReplica(SuiteService.TYPOLOGY, Ports.free());
        steward = new SuiteClient(suite).steward();
    }

    /** A steward marks a buurt as proeftuin through B; A's search, answered from its in-memory index, shows it. */
    @Test
    @Order(1)
    void aChangeImportedThroughOneInstanceIsServedByTheOthersSearch() throws Exception {
        String buurt = comparable(a, ORIGIN, 20).stream().filter(c -> !Boolean.TRUE.equals(c.get("proeftuin")))
                .map(c -> (String) c.get("code")).findFirst().orElseThrow();
        String csv = "buurtcode,proeftuin_status\n" + buurt + ",ja\n";
        String job = startImport(b, 2024, JSON.writeValueAsString(Map.of(
                "mapping", Map.of("code", "buurtcode", "attributes", Map.of("PROEFTUIN_STATUS", "proeftuin_status")),
                "csv", csv)));
        assertEquals("SUCCEEDED", awaitEnd(b, job).get("status"));

        long begin = System.nanoTime();
        await().atMost(FOLLOW).pollInterval(Duration.ofMillis(250)).until(() ->
                Boolean.TRUE.equals(comparableAmong(a, ORIGIN, buurt).get("proeftuin")));
        System.out.printf(java.util.Locale.ROOT, "TypologyReplicasIT: %s marked proeftuin through B, shown by A"
                + " %.1f s after the import succeeded%n", buurt, (System.nanoTime() - begin) / 1e9);
        List<String> withoutPilots = request(a).queryParam("limit", 100).queryParam("exclude", "pilots")
                .when().get("/api/v1/neighbourhoods/" + ORIGIN + "/comparable")
                .then().statusCode(200).extract().jsonPath().getList("comparable.code", String.class);
        assertFalse(withoutPilots.contains(buurt), "A leaves the new proeftuin out when asked: " + withoutPilots);
    }

    /** A typology run on B, published on B, is the current typology in A's answers (A loads its types by a poll). */
    @Test
    @Order(2)
    void aTypologyPublishedOnOneInstanceIsCurrentOnTheOther() {
        String typology = request(b).contentType(ContentType.JSON).body("{\"k\": 5, \"seed\": 7, \"basis\": \"default\"}")
                .when().post("/api/v1/typologies").then().statusCode(202).extract().path("id");
        await().atMost(JOB).pollInterval(Duration.ofMillis(500)).until(() -> !"RUNNING".equals(
                request(b).when().get("/api/v1/typologies/" + typology).then().statusCode(200).extract().path("status")));
        request(b).when().get("/api/v1/typologies/" + typology).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DRAFT"));
        request(b).when().post("/api/v1/typologies/" + typology + "/publish").then().statusCode(200);

        await().atMost(FOLLOW).pollInterval(Duration.ofMillis(250)).until(() ->
                typologiesOf(comparable(a, ORIGIN, 10)).equals(Set.of(typology)));
        assertEquals(Set.of(typology), typologiesOf(comparable(b, ORIGIN, 10)), "B serves its own publication");
    }

    /**
     * The national heating file imported through B into an empty year: a job of several seconds, longer than its
     * lease, while A fails expired leases every second. B's renewals keep it alive to its end; and the events it
     * wrote to the outbox (one per changed buurt), relayed by whichever instance holds the relay's lock, are each on
     * the topic exactly once.
     */
    @Test
    @Order(3)
    void aLongImportOfOneInstanceRunsToItsEndAndItsEventsArriveOnceEach() throws Exception {
        long begin = System.nanoTime();
        String job = startImport(b, EMPTY_YEAR, TypologySetup.mappedImportRequest(root.resolve(TypologySetup.MAPPED_IMPORTS.get(0))));
        Map<String, Object> ended = awaitEnd(a, job);
        System.out.printf(java.util.Locale.ROOT, "TypologyReplicasIT: import %s on B ended %s after %.1f s"
                + " (lease %d s)%n", job, ended.get("status"), (System.nanoTime() - begin) / 1e9, LEASE.toSeconds());
        assertEquals("SUCCEEDED", ended.get("status"), "not failed by A while B renews its lease: " + ended);
        assertNull(ended.get("failure"));

        DeliveryLedger ledger = new DeliveryLedger(suite.stack());
        await().atMost(JOB).pollInterval(Duration.ofMillis(500)).until(() -> ledger.pendingOutbox("typology") == 0);
        Map<String, String> events = ledger.outboxEventsMentioning("typology", "import " + job);
        Map<String, Integer> received = new HashMap<>();
        ledger.read(TOPIC, Set.copyOf(events.values()), (buurt, eventId) -> {
            if (events.containsKey(eventId)) {
                received.merge(eventId, 1, Integer::sum);
            }
        });
        long twice = received.values().stream().filter(n -> n > 1).count();
        System.out.printf("TypologyReplicasIT: %d neighbourhood.changed events of the import in the outbox, %d on %s,"
                + " %d of them more than once%n", events.size(), received.size(), TOPIC, twice);
        assertTrue(events.size() > 1_000, "the import changed the buurten of the file: " + events.size());
        assertEquals(events.keySet(), received.keySet(), "every event of the import reached the topic");
        assertEquals(0, twice, "one relay at a time: no event of the import published twice");
    }

    /**
     * B is stopped (SIGTERM) while its import runs. The job must not stay RUNNING: it ends FAILED (by B on its way
     * out, or by A once B's lease ran out), and A serves the failure.
     */
    @Test
    @Order(4)
    void anImportWhoseInstanceStopsMidRunDoesNotStayRunning() throws Exception {
        String job = startImport(b, EMPTY_YEAR + 1,
                TypologySetup.mappedImportRequest(root.resolve(TypologySetup.MAPPED_IMPORTS.get(1))));
        b.close();
        assertFalse(b.isRunning());
        Map<String, Object> ended = awaitEnd(a, job);
        System.out.println("TypologyReplicasIT: import " + job + " of the stopped instance: " + ended.get("status")
                + " (" + ended.get("failure") + ")");
        assertEquals("FAILED", ended.get("status"), "the import of a stopped instance fails: " + ended);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    private static RequestSpecification request(ServiceProcess instance) {
        return given().baseUri(instance.url()).header("Authorization", steward);
    }

    private static String startImport(ServiceProcess instance, int year, String body) {
        return request(instance).contentType(ContentType.JSON).queryParam("year", year).body(body)
                .when().post("/api/v1/imports/mapped").then().statusCode(202).extract().path("id");
    }

    /** Polls the job on {@code instance} until it is no longer RUNNING; gives up after {@link #JOB}. */
    private static Map<String, Object> awaitEnd(ServiceProcess instance, String job) {
        return await().atMost(JOB).pollInterval(Duration.ofMillis(250)).until(() -> request(instance)
                        .when().get("/api/v1/imports/" + job).then().statusCode(200).extract().jsonPath().getMap(""),
                state -> !"RUNNING".equals(state.get("status")));
    }

    private static List<Map<String, Object>> comparable(ServiceProcess instance, String code, int limit) {
        return request(instance).queryParam("limit", limit).when().get("/api/v1/neighbourhoods/" + code + "/comparable")
                .then().statusCode(200).extract().jsonPath().getList("comparable");
    }

    private static Map<String, Object> comparableAmong(ServiceProcess instance, String code, String among) {
        return request(instance).queryParam("among", among).when().get("/api/v1/neighbourhoods/" + code + "/comparable")
                .then().statusCode(200).extract().jsonPath().getMap("comparable[0]");
    }

    private static Set<Object> typologiesOf(List<Map<String, Object>> comparable) {
        Set<Object> typologies = new java.util.HashSet<>();
        comparable.forEach(c -> typologies.add(c.get("type") instanceof Map<?, ?> type ? type.get("typologyId") : null));
        return typologies;
    }
}
