package nl.schaalsprong.platform.inbox;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Puts an {@code @Incoming} method's failures through {@link ConsumerFailures}: retried when they may pass, counted,
 * and what is left thrown on to the channel's dead-letter strategy. It wraps {@code @Transactional}, so each try has
 * its own transaction.
 */
@CountsDeadLetters
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class DeadLetterCounting {

    private final ConsumerFailures failures;

    public DeadLetterCounting(ConsumerFailures failures) {
        this.failures = failures;
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        Incoming incoming = invocation.getMethod().getAnnotation(Incoming.class);
        return failures.handle(incoming == null ? "unknown" : incoming.value(), invocation::proceed);
    }
}
