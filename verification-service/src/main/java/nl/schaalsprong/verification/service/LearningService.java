package nl.schaalsprong.verification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.verification.config.LearningConfig;
import nl.schaalsprong.verification.domain.OutcomeRecorded;
import nl.schaalsprong.verification.domain.learning.ComparabilityLearning;
import nl.schaalsprong.verification.domain.learning.LearnedModel;
import nl.schaalsprong.verification.domain.learning.LearnedWeights;
import nl.schaalsprong.verification.domain.learning.LearningSettings;
import nl.schaalsprong.verification.domain.learning.TransferExample;
import nl.schaalsprong.verification.messaging.ComparabilityWeightsLearned;
import nl.schaalsprong.verification.messaging.EvidenceEvents;
import nl.schaalsprong.platform.time.NativeTimestamps;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Learns, per comparability basis, which dimensions predict that a lesson transfers, from the decisive
 * conclusions of verifications suggested on it, and the declines on it that name a dimension the buurt differs on. Runs after a verification change has committed, in a
 * transaction of its own: learning (with its bootstrap) never slows down or fails the workflow's transaction.
 */
@ApplicationScoped
public class LearningService {

    private static final Logger LOG = Logger.getLogger(LearningService.class);

    private final EvidenceSources sources;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final LearningConfig config;
    private final Clock clock;

    public LearningService(EvidenceSources sources, Outbox outbox, EntityManager entityManager, ObjectMapper mapper,
                           LearningConfig config, Clock clock) {
        this.sources = sources;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Only a new outcome, or a decline naming a dimension, can change what is learned; suggestions, acceptances and
     * other declines leave the model as it is.
     */
    void afterOutcomeRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutcomeRecorded changed) {
        try {
            QuarkusTransaction.requiringNew().run(() -> sources.basesLearnedFrom(changed.lessonId()).forEach(this::relearn));
        } catch (RuntimeException e) {
            // The verification change stands; the next one relearns from all outcomes again.
            LOG.warnf(e, "relearning after a change to lesson %s failed", changed.lessonId());
        }
    }

    /**
     * Learns the basis afresh from all its decisive conclusions; stores the model when its weights differ from
     * the last one, and publishes them when there are enough outcomes.
     *
     * @return the model stored, if anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<LearnedWeights> relearn(String basisName) {
        // One learner per basis at a time, so two commits never both publish the same change.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "learning:" + basisName).getSingleResult();
        List<TransferExample> examples = sources.examples(basisName);
        long confirmed = examples.stream().filter(TransferExample::confirmed).count();
        if (confirmed == 0 || confirmed == examples.size()) {
            LOG.debugf("basis %s: %d outcome(s), not both kinds yet; nothing to learn", basisName, examples.size());
            return Optional.empty();
        }
        LearnedModel model = ComparabilityLearning.learn(examples, settings());
        // Enough outcomes of both kinds and better than the base rate and the current basis out of sample.
        boolean publishable = model.publishable();
        LearnedWeights learned = new LearnedWeights(basisName, OffsetDateTime.now(clock), publishable, model);
        Optional<LearnedWeights> previous = latestOf(basisName);
        // A new decline naming a dimension is worth storing even when the weights hold: the answer shows it.
        boolean changed = previous.map(p -> !p.weights().equals(learned.weights()) || publishable && !p.published()
                || !p.model().declinedForDimension().equals(model.declinedForDimension())).orElse(true);
        if (!changed) {
            return Optional.empty();
        }
        store(learned);
        if (publishable) {
            outbox.append(EvidenceEvents.COMPARABILITY_WEIGHTS_LEARNED, basisName,
                    ComparabilityWeightsLearned.of(basisName, model, learned.learnedAt()));
            LOG.infof("basis %s: learned weights from %d outcomes published", basisName, examples.size());
        } else {
            LOG.debugf("basis %s: learned from %d outcomes, not published: %s", basisName, examples.size(),
                    model.publicationReasons());
        }
        return Optional.of(learned);
    }

    /** The newest model of the named basis, or of any basis when none is named. */
    @Transactional
    public LearnedWeights latest(Optional<String> basisName) {
        Optional<LearnedWeights> found = basisName.isPresent() ? latestOf(basisName.get()) : latestOfAny();
        return found.orElseThrow(() -> new NotFoundException("learned model", basisName.orElse("any basis")));
    }

    LearningSettings settings() {
        return new LearningSettings(config.lambdas(), config.folds(), config.bootstrapSamples(), config.seed(),
                config.minOutcomes(), config.minMinority(), config.minLessons(), config.nominationWeight());
    }

    private Optional<LearnedWeights> latestOf(String basisName) {
        return first(entityManager.createNativeQuery("select basis_name, learned_at, published, cast(model as text)"
                        + " from learned_model where basis_name = :basis order by learned_at desc, id limit 1")
                .setParameter("basis", basisName).getResultList());
    }

    private Optional<LearnedWeights> latestOfAny() {
        return first(entityManager.createNativeQuery("select basis_name, learned_at, published, cast(model as text)"
                + " from learned_model order by learned_at desc, id limit 1").getResultList());
    }

    private Optional<LearnedWeights> first(List<?> rows) {
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            LearnedModel model = read((String) columns[3]);
            return model == null ? null : new LearnedWeights((String) columns[0], NativeTimestamps.of(columns[1]),
                    (Boolean) columns[2], model);
        });
    }

    private void store(LearnedWeights learned) {
        entityManager.createNativeQuery("insert into learned_model (id, basis_name, learned_at, outcomes, confirmed,"
                        + " published, model) values (:id, :basis, :at, :outcomes, :confirmed, :published,"
                        + " cast(:model as jsonb))")
                .setParameter("id", UUID.randomUUID())
                .setParameter("basis", learned.basisName())
                .setParameter("at", learned.learnedAt())
                .setParameter("outcomes", learned.model().outcomes())
                .setParameter("confirmed", learned.model().confirmed())
                .setParameter("published", learned.published())
                .setParameter("model", write(learned.model()))
                .executeUpdate();
    }

    private String write(LearnedModel model) {
        try {
            return mapper.writeValueAsString(model);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the learned model", e);
        }
    }

    /**
     * Null for a model stored before issue 11 (no cross-validation, a single λ): it does not read as today's model,
     * and is treated as absent, so the next outcome relearns and stores a current one instead of failing forever.
     */
    private LearnedModel read(String json) {
        try {
            return mapper.readValue(json, LearnedModel.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            LOG.warnf("a stored learned model does not read as the current model (%s); it is ignored", e.getMessage());
            return null;
        }
    }
}
