package nl.schaalsprong.verification.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.platform.config.EventsConfig;
import nl.schaalsprong.platform.events.EventType;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.outbox.OutboxLease;
import nl.schaalsprong.platform.outbox.OutboxMetrics;
import nl.schaalsprong.platform.outbox.OutboxRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static nl.schaalsprong.local.ScrapedMetrics.scrape;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay on two replicas (issue 15), on the real PostgreSQL and Kafka: one publisher at a time per service, each
 * aggregate's events in the order they were appended, and a record the broker refuses for good parked while the rest
 * flows on. A second replica is a second {@link OutboxRelay} on the same database and broker; a JDBC session holding
 * the lease stands for a replica in the middle of a batch.
 */
@QuarkusTest
class OutboxRelayGuaranteesTest {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** Its own topic: nobody consumes what this test relays. */
    static final EventType RELAYED = new EventType("nl.schaalsprong.relay-test.numbered.v1",
            "schaalsprong.relay-test", null);

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    EntityManager entityManager;
    @Inject
    DataSource dataSource;
    @Inject
    EventsConfig config;
    @Inject
    Clock clock;
    @Inject
    ManagedExecutor executor;
    @Inject
    OutboxMetrics metrics;
    @Inject
    @Channel("outbox")
    Emitter<String> emitter;

    @Test
    void whileAnotherReplicaHoldsTheLeaseThisOnePublishesNothing() throws Exception {
        String aggregate = UUID.randomUUID().toString();
        try (Connection otherReplica = holdingTheLease()) {
            append(aggregate, 0);
            assertEquals(0, relay.relay(), "the lease is held elsewhere");
            assertEquals(0, secondReplica().relay(), "nor can a second replica take it");
            assertNull(publishedAt(aggregate), "still pending while the other replica holds the lease");
            otherReplica.rollback();
        }
        await().atMost(PATIENCE).until(() -> publishedAt(aggregate) != null);
        assertEquals(List.of(0), numbers(List.of(aggregate)).get(aggregate));
    }

    @Test
    void twoRelaysRacingForInterleavedEventsKeepEachAggregatesOrder() throws Exception {
        List<String> aggregates = IntStream.range(0, 3).mapToObj(i -> UUID.randomUUID().toString()).toList();
        int perAggregate = 250; // 750 rows: several batches of 200 for the relays to race for
        OutboxRelay first = secondReplica();
        OutboxRelay second = secondReplica();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try (Connection otherReplica = holdingTheLease()) {
            for (int n = 0; n < perAggregate; n++) {
                int number = n;
                Map<String, Object> round = new LinkedHashMap<>();
                aggregates.forEach(aggregate -> round.put(aggregate, Map.of("n", number)));
                QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(RELAYED, round));
            }
            List<Future<?>> racing = new ArrayList<>();
            for (OutboxRelay replica : List.of(first, second)) {
                racing.add(replicas.submit(() -> {
                    go.await();
                    while (aggregates.stream().anyMatch(a -> publishedAt(a, perAggregate - 1) == null)) {
                        replica.relay();
                    }
                    return null;
                }));
            }
            otherReplica.rollback();
            go.countDown();
            for (Future<?> replica : racing) {
                replica.get(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }
        List<Integer> inOrder = IntStream.range(0, perAggregate).boxed().toList();
        Map<String, List<Integer>> relayed = numbers(aggregates);
        for (String aggregate : aggregates) {
            assertEquals(inOrder, relayed.get(aggregate), "each event once, in the order appended, for " + aggregate);
        }
    }

    @Test
    void aRecordTheBrokerRefusesForGoodIsParkedWithItsReasonAndTheRestFlowsOn() {
        Map<String, String> ofType = Map.of("type", RELAYED.type());
        double published = scrape().counted("schaalsprong_outbox_published_total", ofType);
        double parkings = scrape().counted("schaalsprong_outbox_parkings_total", Map.of());
        String oversized = UUID.randomUUID().toString();
        String behind = UUID.randomUUID().toString();
        // Over the producer's max.request.size (1 MB), and the broker's message.max.bytes: it can never be sent.
        QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(RELAYED, oversized, Map.of("n", 0, "filler", "x".repeat(1_100_000)));
            outbox.append(RELAYED, behind, Map.of("n", 0));
        });
        String later = UUID.randomUUID().toString();
        append(later, 0);

        await().atMost(PATIENCE).until(() -> publishedAt(later) != null && publishedAt(behind) != null);
        assertEquals(Map.of(behind, List.of(0), later, List.of(0), oversized, List.of()),
                numbers(List.of(behind, later, oversized)));
        Object[] parked = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                        "select published_at, parked_at, park_reason from outbox_event where aggregate_id = :a")
                .setParameter("a", oversized).getSingleResult());
        assertNull(parked[0], "never published");
        assertNotNull(parked[1], "parked");
        assertTrue(((String) parked[2]).startsWith("RecordTooLargeException"), String.valueOf(parked[2]));
        assertTrue(scrape().value("schaalsprong_outbox_parked") >= 1, "the parked gauge shows it");
        assertEquals(parkings + 1, scrape().counted("schaalsprong_outbox_parkings_total", Map.of()));
        assertEquals(published + 2, scrape().counted("schaalsprong_outbox_published_total", ofType));
    }

    private OutboxRelay secondReplica() {
        return new OutboxRelay(entityManager, emitter, config, clock, executor, metrics);
    }

    /**
     * A session standing for a replica in the middle of a batch: it holds the lease (waiting for the service's own
     * relay to finish its batch first) until it rolls back or closes.
     */
    private Connection holdingTheLease() throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, OutboxLease.keyOf(config.source()));
            lock.execute();
        }
        return new LeaseSession(connection).connection();
    }

    /** Rolls back before the connection goes back to the pool, so a failed test cannot leave the lease taken. */
    private record LeaseSession(Connection held) {
        Connection connection() {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            held.rollback();
                        }
                        try {
                            return method.invoke(held, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    private void append(String aggregate, int number) {
        QuarkusTransaction.requiringNew().run(() -> outbox.append(RELAYED, aggregate, Map.of("n", number)));
    }

    private Object publishedAt(String aggregate) {
        return publishedAt(aggregate, 0);
    }

    private Object publishedAt(String aggregate, int number) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select published_at from outbox_event where aggregate_id = :a"
                                + " and (cast(payload as jsonb) -> 'data' ->> 'n') = :n")
                .setParameter("a", aggregate).setParameter("n", String.valueOf(number))
                .getResultList().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    /** The numbers each aggregate's records carry on the topic, in the order the broker holds them. */
    private static Map<String, List<Integer>> numbers(List<String> aggregates) {
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        aggregates.forEach(aggregate -> numbers.put(aggregate, new ArrayList<>()));
        for (ConsumerRecord<String, String> record : KafkaTopics.records(RELAYED.topic())) {
            List<Integer> ofKey = numbers.get(record.key());
            if (ofKey != null) {
                ofKey.add(number(record.value()));
            }
        }
        return numbers;
    }

    private static int number(String cloudEvent) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(cloudEvent).path("data").path("n").asInt();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
