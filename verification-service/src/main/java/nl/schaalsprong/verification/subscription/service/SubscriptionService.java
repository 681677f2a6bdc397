package nl.schaalsprong.verification.subscription.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.verification.domain.Actor;
import nl.schaalsprong.verification.subscription.config.SubscriptionsConfig;
import nl.schaalsprong.verification.subscription.delivery.WebhookDispatcher;
import nl.schaalsprong.verification.subscription.domain.CallbackUrl;
import nl.schaalsprong.verification.subscription.domain.DeliveryState;
import nl.schaalsprong.verification.subscription.domain.EventFilter;
import nl.schaalsprong.verification.subscription.domain.SelfCallbackPolicy;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import nl.schaalsprong.verification.subscription.domain.SubscriptionAccess;
import nl.schaalsprong.verification.subscription.persistence.DeliveryStore;
import nl.schaalsprong.verification.subscription.persistence.SubscriptionStore;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Subscribing, and managing one's subscriptions. A subscription the caller may not see is answered as unknown (404),
 * so nobody learns which callbacks other gemeenten have.
 */
@ApplicationScoped
public class SubscriptionService {

    private final SubscriptionStore subscriptions;
    private final DeliveryStore deliveries;
    private final WebhookDispatcher dispatcher;
    private final SubscriptionsConfig config;
    private final int httpPort;
    private final Clock clock;

    public SubscriptionService(SubscriptionStore subscriptions, DeliveryStore deliveries, WebhookDispatcher dispatcher,
                               SubscriptionsConfig config, @ConfigProperty(name = "quarkus.http.port") int httpPort,
                               Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
        this.config = config;
        this.httpPort = httpPort;
        this.clock = clock;
    }

    /** A subscription with how many deliveries it still owes. */
    public record Listed(Subscription subscription, long pendingDeliveries) {
    }

    /**
     * The rule against callbacks to this service: its configured addresses, its port on loopback, and the address
     * the current request reached it under ({@code host:port}).
     */
    public SelfCallbackPolicy selfCallbacks(String requestAddress) {
        Set<String> own = new HashSet<>(config.ownAddresses().orElse(List.of()));
        own.add("localhost:" + httpPort);
        if (requestAddress != null) {
            own.add(requestAddress);
        }
        return new SelfCallbackPolicy(own);
    }

    @Transactional
    public Subscription create(String description, CallbackUrl callback, EventFilter filter, Actor actor) {
        SubscriptionAccess.requireMaySubscribe(actor, filter);
        Subscription subscription = Subscription.create(description, callback, filter, actor.name(),
                OffsetDateTime.now(clock));
        subscriptions.insert(subscription);
        return subscription;
    }

    @Transactional
    public Page<Listed> list(Actor actor, int page, int size) {
        List<Subscription> visible = subscriptions.all().stream()
                .filter(s -> SubscriptionAccess.maySee(actor, s.filter())).toList();
        List<Listed> items = visible.stream().skip((long) page * size).limit(size).map(this::listed).toList();
        return new Page<>(items, page, size, visible.size());
    }

    @Transactional
    public Listed find(UUID id, Actor actor) {
        return listed(visible(id, actor));
    }

    /** Deletes the subscription and what it is still owed; nothing more is delivered to it. */
    @Transactional
    public void delete(UUID id, Actor actor) {
        visible(id, actor);
        subscriptions.delete(id);
    }

    /** A paused subscription is active again and its kept deliveries go out at once; an active one stays as it is. */
    public Listed resume(UUID id, Actor actor) {
        Listed resumed = QuarkusTransaction.requiringNew().call(() -> {
            visible(id, actor);
            Subscription subscription = subscriptions.lock(id).orElseThrow(() -> unknown(id)).resumed();
            subscriptions.updateHealth(subscription);
            return listed(subscription);
        });
        dispatcher.wake();
        return resumed;
    }

    @Transactional
    public Page<DeliveryStore.Logged> deliveries(UUID id, Actor actor, Optional<DeliveryState> state, int page, int size) {
        visible(id, actor);
        return new Page<>(deliveries.log(id, state, page, size), page, size, deliveries.count(id, state));
    }

    private Subscription visible(UUID id, Actor actor) {
        return subscriptions.find(id).filter(s -> SubscriptionAccess.maySee(actor, s.filter()))
                .orElseThrow(() -> unknown(id));
    }

    private Listed listed(Subscription subscription) {
        return new Listed(subscription, deliveries.count(subscription.id(), Optional.of(DeliveryState.PENDING)));
    }

    private static NotFoundException unknown(UUID id) {
        return new NotFoundException("subscription", id);
    }
}
