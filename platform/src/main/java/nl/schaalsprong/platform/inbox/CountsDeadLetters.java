package nl.schaalsprong.platform.inbox;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code @Incoming} method whose channel dead-letters its failures: a transient failure is retried with backoff
 * first, each retry counted ({@link ConsumerFailures}); every exception it still throws becomes one
 * dead letter, counted per dead-letter topic in {@code schaalsprong_events_dead_letters_total}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface CountsDeadLetters {
}
