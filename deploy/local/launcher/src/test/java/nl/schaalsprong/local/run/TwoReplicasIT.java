package nl.schaalsprong.local.run;

import nl.schaalsprong.local.Ports;
import nl.schaalsprong.local.ScrapedMetrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15, "two of everything": two instances each of lessons-service and verification-service (two outbox relays
 * sharing one outbox, two consumers in one group, the same databases) and typology-service, on one PostgreSQL and
 * one Kafka broker (two typology-service instances are {@link TypologyReplicasIT}'s). A thousand lessons recorded,
 * published and tagged through both lessons instances give exactly the configured number of suggestions each in
 * verification-service: none lost, none twice, and each lesson's events on its topic in the order of the outbox.
 * The same holds when the broker is stopped and restarted in the
 * middle of the run, when PostgreSQL is stopped for 30 s in the middle of it, and when one verification-service
 * instance is stopped (SIGTERM) with a backlog: the records it held are handled by the other, none dead-lettered.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final int LESSONS = 1_000;
    private static final int CLIENT_THREADS = 8;
    private static final String TAG = "participatie/keukentafelgesprekken";
    /**
     * Every tenth lesson is tagged a second time, in a request of its own: its two LessonTagged events are what
     * per-lesson order is checked on (the second adds no suggestions: the lesson has its K already). Not every
     * lesson, so that the run stays short on two cores.
     */
    private static final int RETAGGED_EVERY = 10;
    private static final String SECOND_TAG = "financiering/gebiedsfonds";
    private static final int TAGGINGS = LESSONS + LESSONS / RETAGGED_EVERY;
    private static final Duration BROKER_AWAY = Duration.ofSeconds(10);
    private static final Duration DATABASE_AWAY = Duration.ofSeconds(30);
    /** The deadline for giving up on a run that does not settle; a run that settles goes on at once. */
    private static final Duration SETTLE = Duration.ofMinutes(6);
    private static final String TARGETS = "schaalsprong.verification.suggestions.targets";

    private static LocalSuite suite;
    private static List<ServiceProcess> lessonsInstances;
    private static List<ServiceProcess> verificationInstances;
    private static LessonDriver driver;
    private static DeliveryLedger ledger;
    private static int perLesson;

    @BeforeAll
    static void startTwoOfEveryService() {
        Path root = SuiteSettings.locateRoot();
        suite = LocalSuite.start(SuiteSettings.forTests(root));
        CompletableFuture<ServiceProcess> lessons = CompletableFuture.supplyAsync(
                () -> suite.startReplica(SuiteService.LESSONS, Ports.free()));
        CompletableFuture<ServiceProcess> verification = CompletableFuture.supplyAsync(
                () -> suite.startReplica(SuiteService.VERIFICATION, Ports.free()));
        lessonsInstances = List.of(suite.lessons(), lessons.join());
        verificationInstances = List.of(suite.verification(), verification.join());
        SuiteClient client = new SuiteClient(suite);
        driver = new LessonDriver(lessonsInstances.stream().map(ServiceProcess::url).toList(), client.contributor(),
                client.steward(), i -> i % RETAGGED_EVERY == 0 ? List.of(TAG, SECOND_TAG) : List.of(TAG));
        ledger = new DeliveryLedger(suite.stack());
        perLesson = configuredSuggestionsPerLesson(root);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    @Order(1)
    void aThousandTaggedLessonsGiveEverySuggestionOnceInOrder() throws Exception {
        run("two of everything", null);
    }

    @Test
    @Order(2)
    void theSameWhenTheBrokerIsStoppedAndRestartedMidRun() throws Exception {
        run("Kafka stopped " + BROKER_AWAY.toSeconds() + " s and restarted",
                outage(suite.stack()::stopKafka, BROKER_AWAY, suite.stack()::restartKafka));
    }

    @Test
    @Order(3)
    void theSameWhenPostgresIsStoppedForThirtySecondsMidRun() throws Exception {
        run("PostgreSQL stopped " + DATABASE_AWAY.toSeconds() + " s",
                outage(suite.stack()::stopPostgres, DATABASE_AWAY, suite.stack()::restartPostgres));
    }

    /** Last: the run ends with one verification-service instance, the other having taken over its partitions. */
    @Test
    @Order(4)
    void theSameWhenOneVerificationInstanceStopsMidRun() throws Exception {
        run("one verification-service instance stopped", () -> verificationInstances.get(1).close());
    }

    private static Runnable outage(Runnable stop, Duration away, Runnable restart) {
        return () -> {
            stop.run();
            pause(away);
            restart.run();
        };
    }

    /** Drives the lessons, disrupts once a third of them are tagged (if asked), waits until all settled, checks. */
    private static void run(String scenario, Runnable disruption) throws Exception {
        Instant begin = Instant.now();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENT_THREADS);
        List<UUID> lessons = new ArrayList<>(LESSONS);
        try {
            List<Future<UUID>> driven = driver.drive(LESSONS, pool);
            if (disruption != null) {
                await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                        .until(() -> driver.done() >= LESSONS / 3);
                System.out.println("TwoReplicasIT [" + scenario + "]: " + driver.done() + " lessons tagged, disrupting");
                disruption.run();
            }
            for (Future<UUID> lesson : driven) {
                lessons.add(lesson.get(10, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        long expected = (long) LESSONS * perLesson;
        DeliveryLedger.Suggestions suggestions = awaitSettled(scenario, lessons, expected);

        Set<String> lessonKeys = lessons.stream().map(UUID::toString).collect(Collectors.toSet());
        EventOrder tagged = EventOrder.of(ledger.outboxSequence("lessons", lessonKeys));
        ledger.read(DeliveryLedger.LESSONS_TOPIC, lessonKeys, tagged::record);
        EventOrder suggested = EventOrder.of(ledger.outboxSequence("verification", suggestions.verificationIds()));
        ledger.read(DeliveryLedger.SUGGESTIONS_TOPIC, suggestions.verificationIds(), suggested::record);
        long duplicates = suggestions.total() - suggestions.distinct();
        double stale = staleTaggingsConsumed();

        System.out.printf(java.util.Locale.ROOT, "TwoReplicasIT [%s]: %d tags of %d lessons -> %d suggestions"
                        + " (expected %d = %d x %d), %d duplicates, %d lessons with other than %d;"
                        + " %s: %d events of %d lessons, %d out of order, %d sent again;"
                        + " %s: %d of %d suggestions published, %d sent again; %.0f stale taggings consumed;"
                        + " %d dead letters; tags served by verification instances %s; %.0f s%n",
                scenario, TAGGINGS, lessons.size(), suggestions.total(), expected, LESSONS,
                perLesson, duplicates, suggestions.lessonsWithOtherThan(), perLesson,
                DeliveryLedger.LESSONS_TOPIC, tagged.events(), tagged.aggregates(), tagged.outOfOrder(), tagged.sentAgain(),
                DeliveryLedger.SUGGESTIONS_TOPIC, suggested.aggregates(), suggestions.total(), suggested.sentAgain(),
                stale, ledger.deadLetters(), servedPerInstance(),
                Duration.between(begin, Instant.now()).toMillis() / 1000.0);

        assertEquals(expected, suggestions.total(), "every tagged lesson's suggestions, none lost, none added");
        assertEquals(0, duplicates, "no lesson has two suggestions for one target");
        // A tagging dead-lettered while the database was away could hide among the retaggings (it adds no
        // suggestion): an outage of ours must delay records, never park them for a steward.
        assertEquals(0, ledger.deadLetters(), "no record went to verification-service's dead-letter topics");
        assertEquals(0, suggestions.lessonsWithOtherThan(), "every lesson has exactly " + perLesson);
        assertEquals(TAGGINGS, tagged.events(), "every tagging's event reached the topic");
        assertEquals(LESSONS, tagged.aggregates(), "every lesson's events reached the topic");
        assertEquals(0, tagged.outOfOrder(), "each lesson's events on the topic in the order of the outbox");
        assertEquals(0, tagged.unknown(), "no event on the topic that the outbox does not hold");
        assertEquals(suggestions.total(), suggested.aggregates(), "every suggestion's event reached its topic");
        assertEquals(0, suggested.unknown(), "no suggestion event the outbox does not hold");
        assertEquals(0, stale, "no consumer met a lesson's taggings out of order");
    }

    /**
     * Polls until nothing is under way any more: both outboxes relayed, no lesson parked for typology, and every
     * LessonTagged committed by the consumer group, which commits a record only after its transaction (the claim,
     * the suggestions and their outbox rows) did. Then nothing more can come, whatever the count; seen twice in a
     * row with the same count, so a read in the middle of a rebalance does not end the wait. A run that never gets
     * there fails at the deadline with what it found.
     */
    private static DeliveryLedger.Suggestions awaitSettled(String scenario, List<UUID> lessons, long expected)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        Instant report = Instant.now();
        String last = "nothing read yet";
        long settledAt = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                DeliveryLedger.Suggestions suggestions = ledger.suggestions(lessons, perLesson);
                DeliveryLedger.UnderWay underWay = ledger.underWay();
                if (underWay.settled() && suggestions.total() == settledAt) {
                    return suggestions;
                }
                settledAt = underWay.settled() ? suggestions.total() : -1;
                last = suggestions.total() + " of " + expected + " suggestions, " + underWay + ", "
                        + ledger.deadLetters() + " dead letters";
            } catch (RuntimeException notReadableYet) {
                settledAt = -1;
                last = notReadableYet.toString();
            }
            if (Instant.now().isAfter(report)) {
                System.out.println("TwoReplicasIT [" + scenario + "]: waiting: " + last);
                report = Instant.now().plusSeconds(20);
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the run did not settle within " + SETTLE + ": " + last);
    }

    /** Stale taggings the suggestion consumers of both instances ignored: one met after a later one of its lesson. */
    private static double staleTaggingsConsumed() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        double stale = 0;
        for (ServiceProcess instance : verificationInstances.stream().filter(ServiceProcess::isRunning).toList()) {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(instance.url() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            stale += ScrapedMetrics.parse(metrics).counted("schaalsprong_events_stale_total",
                    Map.of("consumer", "suggestions"));
        }
        return stale;
    }

    /** How many taggings each verification instance has served so far, from its log: both consumers took part. */
    private static List<Long> servedPerInstance() throws IOException {
        List<Long> served = new ArrayList<>();
        for (ServiceProcess instance : verificationInstances) {
            try (var lines = Files.lines(instance.log())) {
                served.add(lines.filter(line -> line.contains(" tagged: ")).count());
            }
        }
        return served;
    }

    /**
     * K, the suggestions per tagged lesson, as the packaged verification-service is configured: its
     * application.properties, unless the environment the services inherit overrides it.
     */
    private static int configuredSuggestionsPerLesson(Path root) {
        String override = System.getenv(TARGETS.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT));
        if (override != null && !override.isBlank()) {
            return Integer.parseInt(override.strip());
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                root.resolve("verification-service/src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty(TARGETS).strip());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The events of many aggregates as a consumer reads them from a topic, checked against the outbox they came
     * from: an event met for the first time with a lower outbox sequence than one already met for its aggregate is
     * out of order; one met again (the relay sent it twice: at least once) is counted apart, as the consumers'
     * claim drops it.
     */
    private static final class EventOrder {
        private final Map<String, Long> sequence;
        private final Map<String, Long> highest = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private long outOfOrder;
        private long sentAgain;
        private long unknown;

        private EventOrder(Map<String, Long> sequence) {
            this.sequence = sequence;
        }

        static EventOrder of(Map<String, Long> sequence) {
            return new EventOrder(sequence);
        }

        void record(String aggregate, String eventId) {
            Long seq = sequence.get(eventId);
            if (seq == null) {
                unknown++;
                return;
            }
            if (!seen.add(eventId)) {
                sentAgain++;
                return;
            }
            Long before = highest.get(aggregate);
            if (before != null && seq < before) {
                outOfOrder++;
            }
            highest.merge(aggregate, seq, Math::max);
        }

        long events() {
            return seen.size();
        }

        long aggregates() {
            return highest.size();
        }

        long outOfOrder() {
            return outOfOrder;
        }

        long sentAgain() {
            return sentAgain;
        }

        long unknown() {
            return unknown;
        }
    }
}
