package nl.schaalsprong.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import nl.schaalsprong.platform.config.EventsConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * What a consumer does with a failure before SmallRye moves the record to its dead-letter topic (failure-strategy
 * dead-letter-queue): a {@linkplain TransientFailures transient} one is tried again in place, with backoff
 * ({@link ConsumerRetries}, {@code schaalsprong.events.consumer.*}), so a database restart or a deadlock does not
 * dead-letter good records; what still fails, or fails for the record's own fault, is counted per dead-letter topic
 * where the exception leaves the method. Retrying here, in the partition's own thread, keeps the records of one key
 * in order; each try runs the handler whole, with its own transaction (this interceptor wraps
 * {@code @Transactional}).
 */
@CountsDeadLetters
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadLetterCounting {

    static final String DEAD_LETTERS = "schaalsprong.events.dead.letters";
    private static final Logger LOG = Logger.getLogger(DeadLetterCounting.class);

    private final MeterRegistry registry;
    private final Config config;
    private final ConsumerRetries retries;

    public DeadLetterCounting(MeterRegistry registry, Config config, EventsConfig events) {
        this.registry = registry;
        this.config = config;
        this.retries = new ConsumerRetries(events.consumer().retries(), events.consumer().retryBackoff(),
                events.consumer().maxRetryBackoff());
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        String channel = channel(invocation);
        for (int retried = 0; ; retried++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                Optional<Duration> wait = retries.next(retried, e);
                if (wait.isPresent()) {
                    LOG.warnf("%s: transient failure (%s), try %d of %d in %d ms%s", channel, e, retried + 2,
                            retries.retries() + 1, wait.get().toMillis(), retried < retries.retries() ? ""
                                    : " (the database is away: tried until it is back)");
                }
                if (wait.isEmpty() || !pause(wait.get())) {
                    countDeadLetter(channel);
                    throw e;
                }
            }
        }
    }

    private static String channel(InvocationContext invocation) {
        Incoming incoming = invocation.getMethod().getAnnotation(Incoming.class);
        return incoming == null ? "unknown" : incoming.value();
    }

    /** @return false when interrupted (the service is stopping): the record then fails as it is */
    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void countDeadLetter(String channel) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        boolean deadLettered = config.getOptionalValue(prefix + "failure-strategy", String.class)
                .filter("dead-letter-queue"::equals).isPresent();
        if (deadLettered) {
            String topic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                    .orElse("dead-letter-topic-" + channel);
            Counter.builder(DEAD_LETTERS).description("Records a consumer moved to its dead-letter topic")
                    .tag("channel", channel).tag("topic", topic).register(registry).increment();
        }
    }
}
