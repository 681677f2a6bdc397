package nl.schaalsprong.typology.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import nl.schaalsprong.platform.events.CloudEvent;
import nl.schaalsprong.platform.inbox.CountsDeadLetters;
import nl.schaalsprong.platform.inbox.EventConsumer;
import nl.schaalsprong.platform.inbox.EventConsumers;
import nl.schaalsprong.platform.inbox.Handled;
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
 * Learned weights from verification-service become a DRAFT version of their basis, claimed (platform
 * {@link EventConsumers}) in the transaction that stores the draft, so a redelivery adds no second draft. The draft
 * itself is made by whoever observes {@link LearnedWeightsProposed} (the basis use cases), so messaging never depends
 * on the service layer that already depends on it. Data that does not fit, or an unknown dimension, is a dead letter
 * on {@code schaalsprong.learning.dlq}.
 */
@ApplicationScoped
public class LearnedWeightsConsumer {

    static final String TYPE = "nl.schaalsprong.comparability-weights.learned.v1";
    /** The idempotent-consumer name under which learned weights are claimed. */
    static final String CONSUMER = "learned-weights";

    private static final Logger LOG = Logger.getLogger(LearnedWeightsConsumer.class);

    private final EventConsumer<LearnedWeightsProposed> learned;

    public LearnedWeightsConsumer(EventConsumers consumers, Event<LearnedWeightsProposed> proposed) {
        this.learned = consumers.declare(CONSUMER, ComparabilityWeightsLearned.class).on(TYPE)
                .reading(LearnedWeightsConsumer::proposal)
                .applying((event, proposal) -> {
                    proposed.fire(proposal);
                    LOG.infof("learned weights for basis %s stored as a draft", proposal.basis());
                    return Handled.APPLIED;
                });
    }

    @CountsDeadLetters
    @Incoming("learned-weights")
    @Blocking
    public void consume(String record) {
        learned.consume(record);
    }

    private static LearnedWeightsProposed proposal(CloudEvent event, ComparabilityWeightsLearned learned) {
        List<DimensionWeight> weights = learned.weights().stream()
                .map(w -> new DimensionWeight(DimensionKey.of(w.dimension()), w.weight())).toList();
        return new LearnedWeightsProposed(BasisName.of(learned.basisName()), description(learned), weights,
                learning(learned));
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
