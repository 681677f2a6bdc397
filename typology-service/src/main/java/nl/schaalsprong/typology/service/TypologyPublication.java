package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.typology.domain.typology.Typology;
import nl.schaalsprong.typology.domain.typology.TypologyPublishedHere;
import nl.schaalsprong.typology.messaging.TypologyEvents;
import nl.schaalsprong.typology.messaging.TypologyPublished;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Publishing a draft makes it the current typology and announces it, in one transaction (transactional outbox). */
@ApplicationScoped
public class TypologyPublication {

    private final TypologyStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<TypologyPublishedHere> published;

    public TypologyPublication(TypologyStore store, Outbox outbox, Clock clock, Event<TypologyPublishedHere> published) {
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.published = published;
    }

    @Transactional
    public Typology publish(UUID id) {
        Typology typology = store.getForUpdate(id);
        typology.publish(OffsetDateTime.now(clock));
        outbox.append(TypologyEvents.TYPOLOGY_PUBLISHED, id.toString(),
                TypologyPublished.of(typology, store.types(id)));
        published.fire(new TypologyPublishedHere(id));
        return typology;
    }
}
