package nl.schaalsprong.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event waiting to be relayed, written in the same transaction as the change it reports, so an event
 * exists if and only if its change was committed. {@code payload} is the complete CloudEvent JSON.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEntry {

    /** Insertion order, which is the order the relay publishes in. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    /** The aggregate id: the Kafka record key and the CloudEvent subject. */
    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(nullable = false)
    public int attempts;
}
