package nl.schaalsprong.verification.subscription.delivery;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.schaalsprong.verification.subscription.config.SubscriptionsConfig;
import nl.schaalsprong.verification.subscription.domain.DeliveryOutcome;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import nl.schaalsprong.verification.subscription.domain.SubscriptionStatus;
import nl.schaalsprong.verification.subscription.persistence.DeliveryStore;
import nl.schaalsprong.verification.subscription.persistence.SubscriptionStore;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends the deliveries that are due. Each round leases due rows in a short transaction (SKIP LOCKED, so replicas
 * share the work; a lease outlives the request timeout, so a crash mid-send only delays a retry), sends them all at
 * once without waiting, and records each outcome in its own transaction when it arrives: a receiver that times out
 * costs its own deliveries that long, nobody else's. Outcomes count per subscription: a failure pushes its next
 * attempt back by the backoff and enough in a row pause it (see {@link Subscription#failed}).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryStore deliveries;
    private final SubscriptionStore subscriptions;
    private final WebhookSender sender;
    private final SubscriptionsConfig config;
    private final Clock clock;
    private final ManagedExecutor executor;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean stopping;

    WebhookDispatcher(DeliveryStore deliveries, SubscriptionStore subscriptions, WebhookSender sender,
                      SubscriptionsConfig config, Clock clock, ManagedExecutor executor) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.executor = executor;
    }

    void wakeAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesOwed owed) {
        wake();
    }

    @Scheduled(every = "${schaalsprong.verification.subscriptions.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wanted.set(true);
        dispatch();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** Looks for due deliveries soon, on a worker thread (a resumed subscription, a committed event). */
    public void wake() {
        wanted.set(true);
        executor.execute(this::dispatch);
    }

    /** Starts every delivery that is due and may go now; returns how many were started. */
    int dispatch() {
        int started = 0;
        while (wanted.get() && !stopping && running.compareAndSet(false, true)) {
            try {
                wanted.set(false);
                int room = config.maxInFlight() - inFlight.get();
                if (room <= 0) {
                    continue; // an outcome arriving wakes us again
                }
                OffsetDateTime now = OffsetDateTime.now(clock);
                OffsetDateTime leaseUntil = now.plus(config.requestTimeout().multipliedBy(2)).plus(Duration.ofSeconds(5));
                Round round = QuarkusTransaction.requiringNew().call(() -> {
                    List<DeliveryStore.Leased> due = deliveries.lease(now, leaseUntil,
                            config.maxInFlightPerSubscription(), room);
                    return new Round(due, due.isEmpty() ? Map.of() : subscriptions.all().stream()
                            .collect(Collectors.toMap(Subscription::id, Function.identity())));
                });
                for (DeliveryStore.Leased delivery : round.due()) {
                    Subscription subscription = round.subscriptions().get(delivery.subscriptionId());
                    if (subscription != null) { // else deleted meanwhile, and its deliveries with it
                        start(subscription, delivery);
                        started++;
                    }
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "webhook dispatch stopped early; due deliveries stay and are tried on the next poll");
                return started;
            } finally {
                running.set(false);
            }
        }
        return started;
    }

    private void start(Subscription subscription, DeliveryStore.Leased delivery) {
        inFlight.incrementAndGet();
        sender.send(subscription.callback(), subscription.secret(), delivery.id(), delivery.attempts() + 1,
                        delivery.payload())
                .whenCompleteAsync((outcome, unexpected) -> {
                    try {
                        record(delivery, outcome != null ? outcome
                                : DeliveryOutcome.failed("request failed", Duration.ZERO));
                    } finally {
                        inFlight.decrementAndGet();
                        wake();
                    }
                }, executor);
    }

    /**
     * The event's id goes in the lines, not in the MDC: this runs on the managed executor, which carries the Vert.x
     * context (and so the MDC) of whatever woke the dispatcher, a consumer perhaps still logging under its own event.
     */
    private void record(DeliveryStore.Leased delivery, DeliveryOutcome outcome) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                OffsetDateTime now = OffsetDateTime.now(clock);
                Optional<Subscription> locked = subscriptions.lock(delivery.subscriptionId());
                if (locked.isEmpty() || !deliveries.recordAttempt(delivery.id(), outcome, now)) {
                    return;
                }
                Subscription before = locked.get();
                Subscription after = outcome.delivered() ? before.delivered()
                        : before.failed(outcome.error(), now, config.backoff(), config.pausePolicy());
                subscriptions.updateHealth(after);
                if (outcome.delivered()) {
                    LOG.debugf("delivered %s %s to subscription %s", delivery.eventType(), delivery.eventId(),
                            before.id());
                } else if (after.status() == SubscriptionStatus.PAUSED && before.status() == SubscriptionStatus.ACTIVE) {
                    LOG.warnf("subscription %s paused at event %s: %s", before.id(), delivery.eventId(),
                            after.pauseReason());
                } else {
                    LOG.infof("delivery %s of %s %s to subscription %s failed (%s); next attempt not before %s",
                            delivery.id(), delivery.eventType(), delivery.eventId(), before.id(), outcome.error(),
                            after.retryAt());
                }
            });
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is tried again: at least once, never lost.
            LOG.warnf(e, "could not record the outcome of delivery %s", delivery.id());
        }
    }

    private record Round(List<DeliveryStore.Leased> due, Map<UUID, Subscription> subscriptions) {
    }
}
