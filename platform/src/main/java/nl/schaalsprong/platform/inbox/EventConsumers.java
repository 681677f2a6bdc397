package nl.schaalsprong.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Where a service declares a consumer: its idempotent-consumer name and DTO, the event types it acts on, how it reads
 * them into domain values, and what it does with them. The plumbing (envelope, type filter, validation, claim and
 * transaction, stale counting, logging scope) is {@link EventConsumer}'s, written once:
 * <pre>{@code
 * consumers.declare("evidence", VerificationConcluded.class).on(CONCLUDED_V2, CONCLUDED_V1)
 *         .reading((event, concluded) -> concluded.toDomain())
 *         .applying((event, conclusion) -> evidence.concluded(conclusion));
 * }</pre>
 * The channel's {@code @Incoming} method (with {@code @CountsDeadLetters} and {@code @Blocking}) then only hands its
 * record to {@link EventConsumer#consume(String)}; a channel with several declarations reads the record once
 * ({@link #read}) and hands the event to each ({@link EventConsumer#consume(CloudEvent)}).
 */
@ApplicationScoped
public class EventConsumers {

    private final CloudEventCodec codec;
    private final Validator validator;
    private final ProcessedEvents processed;
    private final InboundTransactions transactions;

    public EventConsumers(CloudEventCodec codec, Validator validator, ProcessedEvents processed,
                          InboundTransactions transactions) {
        this.codec = codec;
        this.validator = validator;
        this.processed = processed;
        this.transactions = transactions;
    }

    /**
     * @param consumer the name its events are claimed under (processed_event.consumer): keep it, or events already
     *                 processed would be processed again
     * @param data     the consumer's own reading of the events' data (a tolerant reader, with its constraints)
     */
    public <D> Declaration<D, D> declare(String consumer, Class<D> data) {
        return new Declaration<>(consumer, data, Set.of(), (event, dto) -> dto);
    }

    /**
     * Reads a channel's record as a CloudEvent, once, for a channel whose declarations each take the event
     * ({@link EventConsumer#consume(CloudEvent)}); what is no CloudEvent is an {@code InvalidCloudEventException}, a
     * dead letter.
     */
    public CloudEvent read(String record) {
        return codec.read(record);
    }

    ProcessedEvents processed() {
        return processed;
    }

    InboundTransactions transactions() {
        return transactions;
    }

    /** A consumer being declared: {@code D} its DTO, {@code V} what it reads from it. */
    public final class Declaration<D, V> {

        private final String consumer;
        private final Class<D> data;
        private final Set<String> types;
        private final BiFunction<CloudEvent, D, V> reading;

        private Declaration(String consumer, Class<D> data, Set<String> types, BiFunction<CloudEvent, D, V> reading) {
            this.consumer = consumer;
            this.data = data;
            this.types = types;
            this.reading = reading;
        }

        /** The CloudEvents types it acts on; any other type on its topic is passed over. */
        public Declaration<D, V> on(String... eventTypes) {
            return new Declaration<>(consumer, data, Set.of(eventTypes), reading);
        }

        /**
         * How it reads the validated DTO into domain values; an {@link IllegalArgumentException} or a domain
         * exception here means the data makes no sense, a dead letter.
         */
        public <W> Declaration<D, W> reading(BiFunction<CloudEvent, D, W> domain) {
            return new Declaration<>(consumer, data, types, domain);
        }

        /** What it does with an event it claims, in the claim's transaction. */
        public EventConsumer<V> applying(EventConsumer.Work<V> work) {
            return build((event, value) -> () -> work.apply(event, value), false);
        }

        /**
         * For work that must ask elsewhere first: a redelivery is dropped before {@code preparation} runs (a look at
         * the processed events, not yet the claim), the preparation runs outside any transaction, and the work it
         * answers runs in the claim's transaction, which still decides a race between two deliveries.
         */
        public EventConsumer<V> preparing(EventConsumer.Preparation<V> preparation) {
            return build(preparation, true);
        }

        private EventConsumer<V> build(EventConsumer.Preparation<V> preparation, boolean looksFirst) {
            if (types.isEmpty()) {
                throw new IllegalStateException(consumer + " acts on no event type");
            }
            Function<CloudEvent, V> read = event -> EventConsumer.domainValue(event,
                    EventConsumer.data(codec, validator, event, data), reading);
            return new EventConsumer<>(EventConsumers.this, consumer, types, read, preparation, looksFirst);
        }
    }
}
