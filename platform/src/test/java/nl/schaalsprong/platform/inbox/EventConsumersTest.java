package nl.schaalsprong.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The typed consumer with the platform's failure handling around it, as a channel's {@code @CountsDeadLetters} puts
 * it: data that breaks the consumer's DTO is a dead letter at once, a transient failure is retried (and counted) until
 * it passes, and a redelivery is claimed once. The claim table and the transactions are stand-ins that keep a claim
 * only when its transaction commits.
 */
class EventConsumersTest {

    static final String TYPE = "nl.schaalsprong.probe.happened.v1";
    static final String CHANNEL = "probe-events";
    static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    /** The consumer's own reading of the probe's data, tolerant as every consumer's DTO. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Probe(@NotNull UUID id, @NotEmpty List<String> codes) {
    }

    final MeterRegistry registry = new SimpleMeterRegistry();
    final Claims claims = new Claims(registry);
    final EventConsumers consumers = new EventConsumers(new CloudEventCodec(MAPPER), VALIDATOR, claims.table, claims);
    final ConsumerFailures failures = new ConsumerFailures(registry,
            new ConsumerRetries(3, Duration.ofMillis(1), Duration.ofMillis(2)),
            name -> new ConsumerChannel(name, "schaalsprong.probes", Optional.of("schaalsprong.probes.dlq")), Set::of,
            () -> false);
    final List<Probe> applied = new ArrayList<>();

    @Test
    void dataThatBreaksTheDtoIsADeadLetterWithoutRetries() {
        EventConsumer<Probe> consumer = consumers.declare("probes", Probe.class).on(TYPE).applying(this::apply);
        String record = record(UUID.randomUUID().toString(), TYPE, "{\"id\":null,\"codes\":[]}");

        InvalidCloudEventException dead = assertThrows(InvalidCloudEventException.class,
                () -> failures.handle(CHANNEL, () -> consumer.consume(record)));

        assertTrue(dead.getMessage().contains("codes") && dead.getMessage().contains("id"), dead.getMessage());
        assertEquals(0, retries());
        assertEquals(1, deadLetters());
        assertEquals(List.of(), applied);
        assertEquals(Set.of(), claims.committed);
    }

    @Test
    void dataThatMakesNoSenseToTheDomainIsADeadLetterToo() {
        EventConsumer<Integer> consumer = consumers.declare("probes", Probe.class).on(TYPE)
                .reading((event, probe) -> Integer.parseInt(probe.codes().get(0)))
                .applying((event, number) -> Handled.APPLIED);

        assertThrows(InvalidCloudEventException.class, () -> failures.handle(CHANNEL,
                () -> consumer.consume(record(UUID.randomUUID().toString(), TYPE, data(UUID.randomUUID())))));
        assertEquals(0, retries());
        assertEquals(1, deadLetters());
    }

    @Test
    void aTransientFailureIsRetriedCountedAndThenSucceedsWithOneClaim() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        EventConsumer<Probe> consumer = consumers.declare("probes", Probe.class).on(TYPE).applying((event, probe) -> {
            if (tries.incrementAndGet() <= 2) {
                throw new IllegalStateException("store failed", new SQLException("deadlock detected", "40P01"));
            }
            return apply(event, probe);
        });
        String id = UUID.randomUUID().toString();

        Optional<Handled> handled = failures.handle(CHANNEL, () -> consumer.consume(record(id, TYPE, data(UUID.randomUUID()))));

        assertEquals(Optional.of(Handled.APPLIED), handled);
        assertEquals(3, tries.get(), "the first try and two retries");
        assertEquals(2, retries());
        assertEquals(0, deadLetters());
        assertEquals(1, applied.size());
        assertEquals(Set.of("probes/" + id), claims.committed, "the failed tries' claims were rolled back");
    }

    @Test
    void aRedeliveryIsClaimedOnceAndAppliedOnce() throws Exception {
        EventConsumer<Probe> consumer = consumers.declare("probes", Probe.class).on(TYPE).applying(this::apply);
        String record = record(UUID.randomUUID().toString(), TYPE, data(UUID.randomUUID()));

        assertEquals(Optional.of(Handled.APPLIED), failures.handle(CHANNEL, () -> consumer.consume(record)));
        assertEquals(Optional.empty(), failures.handle(CHANNEL, () -> consumer.consume(record)));

        assertEquals(1, applied.size());
        assertEquals(1, claims.committed.size());
        assertEquals(1, claims.refused);
    }

    @Test
    void aRedeliveryIsDroppedBeforeTheCostlyPreparation() throws Exception {
        AtomicInteger prepared = new AtomicInteger();
        EventConsumer<Probe> consumer = consumers.declare("probes", Probe.class).on(TYPE)
                .preparing((event, probe) -> {
                    prepared.incrementAndGet();
                    assertEquals(0, claims.open(), "prepared outside any transaction");
                    return () -> apply(event, probe);
                });
        String record = record(UUID.randomUUID().toString(), TYPE, data(UUID.randomUUID()));

        consumer.consume(record);
        consumer.consume(record);

        assertEquals(1, prepared.get(), "the redelivery cost nothing");
        assertEquals(1, applied.size());
    }

    @Test
    void anEventOfAnotherTypeIsPassedOverAndAStaleOneIsClaimedAndCounted() {
        EventConsumer<Probe> consumer = consumers.declare("probes", Probe.class).on(TYPE)
                .applying((event, probe) -> Handled.STALE);

        assertEquals(Optional.empty(), consumer.consume(record(UUID.randomUUID().toString(),
                "nl.schaalsprong.probe.other.v1", "{}")));
        assertEquals(Set.of(), claims.committed);

        assertEquals(Optional.of(Handled.STALE), consumer.consume(record(UUID.randomUUID().toString(), TYPE,
                data(UUID.randomUUID()))));
        assertEquals(1, claims.committed.size());
        assertEquals(1.0, registry.counter("schaalsprong.events.stale", "consumer", "probes").count());
    }

    /**
     * One channel, two declarations claimed under one name, each for its own type: the record is read once and the
     * event handed to both; only its own type's declaration applies (and claims) it.
     */
    @Test
    void aChannelWithTwoDeclarationsReadsItsRecordOnceAndEachAppliesOnlyItsOwnType() {
        String otherType = "nl.schaalsprong.probe.renamed.v1";
        List<String> renamed = new ArrayList<>();
        EventConsumer<Probe> happened = consumers.declare("probes", Probe.class).on(TYPE).applying(this::apply);
        EventConsumer<Probe> renaming = consumers.declare("probes", Probe.class).on(otherType)
                .applying((event, probe) -> {
                    renamed.add(event.id());
                    return Handled.APPLIED;
                });
        String renamedId = UUID.randomUUID().toString();

        for (String record : List.of(record(UUID.randomUUID().toString(), TYPE, data(UUID.randomUUID())),
                record(renamedId, otherType, data(UUID.randomUUID())))) {
            CloudEvent event = consumers.read(record);
            happened.consume(event);
            renaming.consume(event);
        }

        assertEquals(1, applied.size(), "the first type's declaration applied its event only");
        assertEquals(List.of(renamedId), renamed, "the other's, its own");
        assertEquals(2, claims.committed.size(), "each event claimed once");
        assertEquals(0, claims.refused);
        assertThrows(InvalidCloudEventException.class, () -> consumers.read("not json"), "no CloudEvent: poison");
    }

    @Test
    void aRecordThatIsNoCloudEventIsADeadLetter() {
        EventConsumer<Probe> consumer = consumers.declare("probes", Probe.class).on(TYPE).applying(this::apply);

        assertThrows(InvalidCloudEventException.class, () -> failures.handle(CHANNEL, () -> consumer.consume("not json")));
        assertEquals(1, deadLetters());
    }

    private Handled apply(CloudEvent event, Probe probe) {
        applied.add(probe);
        return Handled.APPLIED;
    }

    private double retries() {
        return registry.counter(ConsumerFailures.RETRIES, "channel", CHANNEL, "topic", "schaalsprong.probes").count();
    }

    private double deadLetters() {
        return registry.counter(ConsumerFailures.DEAD_LETTERS, "channel", CHANNEL, "topic", "schaalsprong.probes.dlq")
                .count();
    }

    private static String data(UUID id) {
        return "{\"id\":\"" + id + "\",\"codes\":[\"BU00140000\"],\"unknown\":1}";
    }

    private static String record(String id, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"source\":\"/test\","
                + "\"time\":\"" + OffsetDateTime.now() + "\",\"subject\":\"s\",\"datacontenttype\":\"application/json\","
                + "\"data\":" + data + "}";
    }

    /** The processed-event table and its transactions: a claim counts once its transaction commits. */
    static final class Claims extends InboundTransactions {

        final Set<String> committed = new HashSet<>();
        final Set<String> pending = new HashSet<>();
        int refused;
        private int depth;
        final ProcessedEvents table;

        Claims(MeterRegistry registry) {
            this.table = new ProcessedEvents(null, Clock.systemUTC(), null, registry) {
                @Override
                public boolean claim(String consumer, CloudEvent event) {
                    String key = consumer + "/" + event.id();
                    boolean first = !committed.contains(key) && pending.add(key);
                    refused += first ? 0 : 1;
                    return first;
                }

                @Override
                public boolean processedBefore(String consumer, CloudEvent event) {
                    return committed.contains(consumer + "/" + event.id());
                }
            };
        }

        int open() {
            return depth;
        }

        @Override
        public <T> T inNew(Supplier<T> step) {
            depth++;
            try {
                T result = step.get();
                committed.addAll(pending);
                return result;
            } finally {
                pending.clear();
                depth--;
            }
        }
    }
}
