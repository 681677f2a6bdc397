package nl.schaalsprong.platform.inbox;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.schaalsprong.platform.domain.DomainException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.Set;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One consumer of one channel, as {@link EventConsumers} declared it: the record is read as a CloudEvent, an event of
 * another type is passed over (topics are shared; it is not poison), the data is read into the consumer's own DTO and
 * validated (its Bean Validation constraints, then its reading into domain values), and the event is claimed
 * ({@link ProcessedEvents}) in the transaction that does the consumer's work, so a redelivery changes nothing.
 * Everything the record itself gets wrong is an {@link InvalidCloudEventException}: a dead letter at once, never
 * retried. The channel's {@code @CountsDeadLetters} retries what may pass (the database away) with backoff.
 *
 * @param <V> what the consumer makes of the event's data: its DTO, or the domain value it reads from it
 */
public final class EventConsumer<V> {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventConsumers platform;
    private final String consumer;
    private final Set<String> types;
    private final Function<CloudEvent, V> reading;
    private final Preparation<V> preparation;
    private final boolean looksFirst;

    EventConsumer(EventConsumers platform, String consumer, Set<String> types,
                  Function<CloudEvent, V> reading, Preparation<V> preparation, boolean looksFirst) {
        this.platform = platform;
        this.consumer = consumer;
        this.types = types;
        this.reading = reading;
        this.preparation = preparation;
        this.looksFirst = looksFirst;
    }

    /** The work done with a claimed event, in the claim's transaction. */
    @FunctionalInterface
    public interface Work<V> {
        Handled apply(CloudEvent event, V value);
    }

    /**
     * Costly work outside any transaction (a remote call), done only for an event this consumer has not processed
     * before; it answers the work that is left for the claim's transaction.
     */
    @FunctionalInterface
    public interface Preparation<V> {
        Supplier<Handled> prepare(CloudEvent event, V value);
    }

    /** The idempotent-consumer name its events are claimed under. */
    public String name() {
        return consumer;
    }

    /**
     * Handles one record of the channel.
     *
     * @return what became of it: empty when it was of another type or a redelivery
     */
    public Optional<Handled> consume(String record) {
        return consume(platform.read(record));
    }

    /**
     * Handles one event already read from its record ({@link EventConsumers#read}): where one channel has several
     * declarations, each for its own event types, the record is read once and the event handed to each.
     *
     * @return what became of it: empty when it was of another type or a redelivery
     */
    public Optional<Handled> consume(CloudEvent event) {
        try (InboundEvent ignored = InboundEvent.open(event)) {
            if (!types.contains(event.type())) {
                LOG.debugf("%s: ignoring %s", consumer, event.type());
                return Optional.empty();
            }
            V value = reading.apply(event);
            if (looksFirst && platform.transactions().inNew(() -> platform.processed().processedBefore(consumer, event))) {
                LOG.infof("event %s was processed before; nothing to do", event.id());
                return Optional.empty();
            }
            Supplier<Handled> work = preparation.prepare(event, value);
            return Optional.ofNullable(platform.transactions().inNew(() -> claimAndApply(event, work)));
        }
    }

    private Handled claimAndApply(CloudEvent event, Supplier<Handled> work) {
        if (!platform.processed().claim(consumer, event)) {
            LOG.infof("event %s was processed before; nothing to do", event.id());
            return null;
        }
        Handled handled = work.get();
        if (handled == Handled.STALE) {
            platform.processed().countStale(consumer);
        }
        return handled;
    }

    /** Reads the data into the DTO and validates it; what does not fit or breaks a constraint is poison. */
    static <D> D data(CloudEventCodec codec, Validator validator, CloudEvent event, Class<D> type) {
        D data = codec.data(event, type);
        if (data == null) {
            throw new InvalidCloudEventException("event " + event.id() + " has no data");
        }
        Set<ConstraintViolation<D>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new InvalidCloudEventException("data of " + event.type() + " " + event.id() + ": "
                    + violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining(", ")));
        }
        return data;
    }

    /** A domain rule or a value out of range while reading the data is the record's fault, not the consumer's. */
    static <D, V> V domainValue(CloudEvent event, D data, BiFunction<CloudEvent, D, V> reading) {
        try {
            return reading.apply(event, data);
        } catch (IllegalArgumentException | NullPointerException | DomainException e) {
            throw new InvalidCloudEventException("data of " + event.id() + " does not make sense: " + e.getMessage(), e);
        }
    }
}
