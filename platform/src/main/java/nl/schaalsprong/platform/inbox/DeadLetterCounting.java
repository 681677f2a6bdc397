package nl.schaalsprong.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Counts what a consumer hands to its channel's dead-letter topic. SmallRye moves a record there when the method
 * throws (failure-strategy dead-letter-queue), so the count is taken where the exception leaves the method, tagged
 * with the channel and the dead-letter topic its configuration names.
 */
@CountsDeadLetters
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class DeadLetterCounting {

    static final String DEAD_LETTERS = "schaalsprong.events.dead.letters";

    private final MeterRegistry registry;
    private final Config config;

    public DeadLetterCounting(MeterRegistry registry, Config config) {
        this.registry = registry;
        this.config = config;
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (Exception e) {
            Incoming incoming = invocation.getMethod().getAnnotation(Incoming.class);
            String channel = incoming == null ? "unknown" : incoming.value();
            String prefix = "mp.messaging.incoming." + channel + ".";
            boolean deadLettered = config.getOptionalValue(prefix + "failure-strategy", String.class)
                    .filter("dead-letter-queue"::equals).isPresent();
            if (deadLettered) {
                String topic = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                        .orElse("dead-letter-topic-" + channel);
                Counter.builder(DEAD_LETTERS).description("Records a consumer moved to its dead-letter topic")
                        .tag("channel", channel).tag("topic", topic).register(registry).increment();
            }
            throw e;
        }
    }
}
