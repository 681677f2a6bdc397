package nl.schaalsprong.verification.subscription.delivery;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.verification.subscription.config.SubscriptionsConfig;
import nl.schaalsprong.verification.subscription.domain.CallbackUrl;
import nl.schaalsprong.verification.subscription.domain.DeliveryOutcome;
import nl.schaalsprong.verification.subscription.domain.SubscriptionSecret;
import nl.schaalsprong.verification.subscription.domain.WebhookSignature;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one delivery: a CloudEvent in structured mode ({@code application/cloudevents+json}), the body signed with
 * the subscription's secret. Asynchronous and bounded by the request timeout, so a slow receiver holds no thread
 * and never holds up another subscription's deliveries. Redirects are not followed.
 */
@ApplicationScoped
class WebhookSender {

    static final String TIMESTAMP_HEADER = "Schaalsprong-Timestamp";
    static final String DELIVERY_HEADER = "Schaalsprong-Delivery";
    static final String ATTEMPT_HEADER = "Schaalsprong-Attempt";

    private final SubscriptionsConfig config;
    private final Clock clock;
    private final ExecutorService io = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "webhook-http");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient client;

    WebhookSender(SubscriptionsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).executor(io)
                .build();
    }

    /** Never fails: whatever goes wrong is the outcome. */
    CompletableFuture<DeliveryOutcome> send(CallbackUrl callback, SubscriptionSecret secret, UUID deliveryId,
                                            int attempt, String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(callback.uri())
                .timeout(config.requestTimeout())
                .header("Content-Type", CloudEvent.CONTENT_TYPE)
                .header("User-Agent", "Schaalsprong-Webhooks/1")
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                .header(TIMESTAMP_HEADER, String.valueOf(clock.instant().getEpochSecond()))
                .header(DELIVERY_HEADER, deliveryId.toString())
                .header(ATTEMPT_HEADER, String.valueOf(attempt))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        CompletableFuture<HttpResponse<Void>> response;
        try {
            response = client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        } catch (RuntimeException refused) {
            return CompletableFuture.completedFuture(DeliveryOutcome.failed(describe(refused), since(started)));
        }
        // The request timeout covers the answer's head; this bound also covers a body trickling in.
        return response.orTimeout(config.requestTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> {
                    if (failure != null) {
                        response.cancel(true);
                        return DeliveryOutcome.failed(describe(failure), since(started));
                    }
                    return DeliveryOutcome.answered(answer.statusCode(), since(started));
                });
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** In the subscriber's terms: what happened at its end, not a Java exception. */
    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "no answer within " + config.requestTimeout().toMillis() + " ms";
        }
        if (cause instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        String message = cause.getMessage();
        return "request failed: " + (message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
    }

    @PreDestroy
    void close() {
        io.shutdownNow();
    }
}
