package nl.schaalsprong.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The failure strategy of every consuming channel ({@code failure-strategy=} {@value #STRATEGY}): SmallRye's
 * dead-letter queue, except while the service stops. A record failing then failed because the service is going
 * away, not for anything in it; sent to the dead-letter topic it would be committed and wait for a steward's replay
 * (stopping a replica with a backlog once dead-lettered 2,663 good records). Instead the channel fails as with
 * {@code failure-strategy=fail}: the record is not committed, so the other replica, or this one after its restart,
 * handles it again.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.STRATEGY)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letter-unless-stopping";
    private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

    private final KafkaFailureHandler.Factory deadLetters;
    private final ServiceStopping stopping;

    public DeadLetterUnlessStopping(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
                                    KafkaFailureHandler.Factory deadLetters, ServiceStopping stopping) {
        this.deadLetters = deadLetters;
        this.stopping = stopping;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
                                      KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        return new Handler(config.getChannel(), deadLetters.create(config, vertx, consumer, reportFailure),
                stopping::isStopping, reportFailure);
    }

    /** Chooses per failed record; kept apart from CDI so it is tested alone. */
    static final class Handler implements KafkaFailureHandler {

        private final String channel;
        private final KafkaFailureHandler deadLetter;
        private final BooleanSupplier stopping;
        private final BiConsumer<Throwable, Boolean> reportFailure;

        Handler(String channel, KafkaFailureHandler deadLetter, BooleanSupplier stopping,
                BiConsumer<Throwable, Boolean> reportFailure) {
            this.channel = channel;
            this.deadLetter = deadLetter;
            this.stopping = stopping;
            this.reportFailure = reportFailure;
        }

        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
            if (!stopping.getAsBoolean()) {
                return deadLetter.handle(record, reason, metadata);
            }
            LOG.infof("%s: the service is stopping; record %s-%d@%d left uncommitted to be handled again, not"
                    + " dead-lettered (%s)", channel, record.getTopic(), record.getPartition(), record.getOffset(), reason);
            reportFailure.accept(reason, true);
            return Uni.createFrom().failure(reason);
        }

        @Override
        public void terminate() {
            deadLetter.terminate();
        }
    }
}
