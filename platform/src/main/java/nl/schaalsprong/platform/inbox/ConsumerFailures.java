package nl.schaalsprong.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.schaalsprong.platform.config.EventsConfig;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a consumer does with a failure before SmallRye moves the record to its dead-letter topic (failure-strategy
 * {@value DeadLetterUnlessStopping#STRATEGY}): a {@linkplain TransientFailures transient} one is tried again in place, with backoff
 * ({@link ConsumerRetries}, {@code schaalsprong.events.consumer.*}), so a database restart or a deadlock does not
 * dead-letter good records; each retry is counted per channel in {@code schaalsprong_events_retries_total}, so
 * failures that pass still show. What still fails, or fails for the record's own fault, is counted per dead-letter
 * topic in {@code schaalsprong_events_dead_letters_total}. Retrying in the partition's own thread keeps the records of
 * one key in order; each try runs the handler whole, with its own transaction.
 */
@ApplicationScoped
public class ConsumerFailures {

    static final String DEAD_LETTERS = "schaalsprong.events.dead.letters";
    static final String RETRIES = "schaalsprong.events.retries";
    private static final Logger LOG = Logger.getLogger(ConsumerFailures.class);

    private final MeterRegistry registry;
    private final ConsumerRetries retries;
    private final Function<String, ConsumerChannel> channels;
    private final Supplier<Set<ConsumerChannel>> deadLettering;
    private final BooleanSupplier stopping;

    @Inject
    public ConsumerFailures(MeterRegistry registry, Config config, EventsConfig events, ServiceStopping stopping) {
        this(registry, new ConsumerRetries(events.consumer().retries(), events.consumer().retryBackoff(),
                events.consumer().maxRetryBackoff()), name -> ConsumerChannel.of(config, name),
                () -> ConsumerChannel.deadLettered(config), stopping::isStopping);
    }

    ConsumerFailures(MeterRegistry registry, ConsumerRetries retries, Function<String, ConsumerChannel> channels,
                     Supplier<Set<ConsumerChannel>> deadLettering, BooleanSupplier stopping) {
        this.registry = registry;
        this.retries = retries;
        this.channels = channels;
        this.deadLettering = deadLettering;
        this.stopping = stopping;
    }

    /**
     * The retry counter of every dead-lettering channel from the start, at 0: a rule or panel on its increase then
     * sees the first retry, and a scrape shows the series before anything failed.
     */
    void registerAtStart(@Observes StartupEvent start) {
        deadLettering.get().forEach(this::retryCounter);
    }

    /** Runs one record's handling, again after a transient failure; rethrows what goes to the dead-letter topic. */
    public <T> T handle(String channelName, Callable<T> attempt) throws Exception {
        for (int retried = 0; ; retried++) {
            try {
                return attempt.call();
            } catch (Exception e) {
                ConsumerChannel channel = channels.apply(channelName);
                Optional<Duration> wait = retries.next(retried, e);
                if (wait.isPresent()) {
                    LOG.warnf("%s: transient failure (%s), try %d of %d in %d ms%s", channelName, e, retried + 2,
                            retries.retries() + 1, wait.get().toMillis(), retried < retries.retries() ? ""
                                    : " (the database is away: tried until it is back)");
                }
                if (wait.isEmpty() || !pause(wait.get())) {
                    // While stopping, the failure strategy leaves the record uncommitted rather than dead-letter it.
                    if (!stopping.getAsBoolean()) {
                        countDeadLetter(channel);
                    }
                    throw e;
                }
                retryCounter(channel).increment();
            }
        }
    }

    /**
     * @return false when interrupted (the service is stopping): the record then fails as it is, and
     * {@link DeadLetterUnlessStopping} leaves it for the next start
     */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Counter retryCounter(ConsumerChannel channel) {
        return Counter.builder(RETRIES).description("Records a consumer tried again after a transient failure")
                .tag("channel", channel.name()).tag("topic", channel.topic()).register(registry);
    }

    private void countDeadLetter(ConsumerChannel channel) {
        channel.deadLetterTopic().ifPresent(topic -> Counter.builder(DEAD_LETTERS)
                .description("Records a consumer moved to its dead-letter topic")
                .tag("channel", channel.name()).tag("topic", topic).register(registry).increment());
    }
}
