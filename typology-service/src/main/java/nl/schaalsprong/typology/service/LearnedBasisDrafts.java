package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.domain.basis.LearnedWeightsProposed;

/** Stores proposed learned weights as the next DRAFT version of their basis, in the proposer's transaction. */
@ApplicationScoped
public class LearnedBasisDrafts {

    /** Recorded as the draft's author. */
    static final String LEARNER = "verification-service";

    private final BasisService bases;

    public LearnedBasisDrafts(BasisService bases) {
        this.bases = bases;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void draft(@Observes LearnedWeightsProposed proposal) {
        bases.createLearned(proposal.basis(), proposal.description(), proposal.weights(), proposal.learning(),
                LEARNER);
    }
}
