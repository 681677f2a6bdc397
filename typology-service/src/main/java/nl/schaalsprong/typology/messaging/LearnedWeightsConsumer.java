package nl.schaalsprong.typology.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import nl.schaalsprong.platform.domain.DomainException;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.events.CloudEventCodec;
import nl.schaalsprong.platform.events.InvalidCloudEventException;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.InboundEvent;
import nl.schaalsprong.platform.inbox.ProcessedEvents;
import nl.schaalsprong.typology.domain.basis.BasisName;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.basis.LearnedImportance;
import nl.schaalsprong.typology.domain.basis.LearnedWeightsProposed;
import nl.schaalsprong.typology.domain.basis.LearningEvidence;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Locale;

/**
 * Learned weights from verification-service become a DRAFT version of their basis. Idempotent: the event is
 * claimed in the same transaction as the draft, so a redelivery adds no second draft. The draft itself is made
 * by whoever observes {@link LearnedWeightsProposed} (the basis use cases), so messaging never depends on the
 * service layer that already depends on it. Anything that fails (not a CloudEvent, data that does not fit, an
 * unknown dimension) nacks the record into {@code schaalsprong.learning.dlq}.
 */
@ApplicationScoped
public class LearnedWeightsConsumer {

    static final String TYPE = "nl.schaalsprong.comparability-weights.learned.v1";
    /** The idempotent-consumer name under which learned weights are claimed. */
    static final String CONSUMER = "learned-weights";

    private static final Logger LOG = Logger.getLogger(LearnedWeightsConsumer.class);

    private final CloudEventCodec codec;
    private final ProcessedEvents processed;
    private final Event<LearnedWeightsProposed> proposed;

    public LearnedWeightsConsumer(CloudEventCodec codec, ProcessedEvents processed,
                                  Event<LearnedWeightsProposed> proposed) {
        this.codec = codec;
        this.processed = processed;
        this.proposed = proposed;
    }

    @CountsDeadLetters
    @Incoming("learned-weights")
    @Blocking
    public void consume(String record) {
        CloudEvent event = codec.read(record);
        try (InboundEvent ignored = InboundEvent.open(event)) {
            if (!TYPE.equals(event.type())) {
                LOG.debugf("ignoring %s", event.type());
                return;
            }
            LearnedWeightsProposed proposal = proposal(event, codec.data(event, ComparabilityWeightsLearned.class));
            QuarkusTransaction.requiringNew().run(() -> {
                if (processed.claim(CONSUMER, event)) {
                    proposed.fire(proposal);
                    LOG.infof("learned weights for basis %s stored as a draft", proposal.basis());
                } else {
                    LOG.infof("event %s was processed before; nothing to do", event.id());
                }
            });
        }
    }

    private static LearnedWeightsProposed proposal(CloudEvent event, ComparabilityWeightsLearned learned) {
        if (learned.basisName() == null || learned.weights() == null || learned.weights().isEmpty()) {
            throw new InvalidCloudEventException("data of " + event.id() + " lacks basisName or weights");
        }
        try {
            List<DimensionWeight> weights = learned.weights().stream()
                    .map(w -> new DimensionWeight(DimensionKey.of(w.dimension()), w.weight())).toList();
            return new LearnedWeightsProposed(BasisName.of(learned.basisName()), description(learned), weights,
                    learning(learned));
        } catch (DomainException | IllegalArgumentException e) {
            // A malformed name or key (MalformedValueException) as much as a weight the rules refuse.
            throw new InvalidCloudEventException("data of " + event.id() + ": " + e.getMessage(), e);
        }
    }

    private static LearningEvidence learning(ComparabilityWeightsLearned learned) {
        List<LearnedImportance> importances = learned.weights().stream()
                .filter(ComparabilityWeightsLearned.Weight::hasInterval)
                .map(w -> new LearnedImportance(DimensionKey.of(w.dimension()), w.importance(), w.lower(), w.upper()))
                .toList();
        return new LearningEvidence(learned.outcomes(), learned.lessons(), learned.cvBrierModel(),
                learned.cvBrierBaseRate(), learned.cvBrierBasis(), importances);
    }

    private static String description(ComparabilityWeightsLearned learned) {
        return String.format(Locale.ROOT, "Geleerd door verification-service uit %d beslissende conclusies (%s):"
                        + " Brier-score van de gelijkenis %.3f tegen %.3f voor het basispercentage. Ter beoordeling"
                        + " door een steward.", learned.outcomes(), learned.learnedAt(), learned.brierSimilarity(),
                learned.brierBaseRate());
    }
}
