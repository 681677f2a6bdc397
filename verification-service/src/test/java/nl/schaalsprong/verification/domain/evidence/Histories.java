package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds constructed histories for the rule tests: one lesson, learned in BU00140000 (gemeente GM0014),
 * verifications added one by one, each in a buurt of its own.
 */
final class Histories {

    static final String STEDELIJK = "Stedelijke vooroorlogse buurten";
    static final String NAOORLOGS = "Naoorlogse wijken";
    static final String DORPS = "Dorpskernen";

    private final Set<ExperimentCondition> originConditions;
    private final List<VerificationFact> facts = new ArrayList<>();
    private int next = 1;

    private Histories(Set<ExperimentCondition> originConditions) {
        this.originConditions = originConditions;
    }

    static Histories lesson() {
        return new Histories(Set.of());
    }

    static Histories lessonLeaningOn(ExperimentCondition... conditions) {
        return new Histories(Set.of(conditions));
    }

    /** A buurt in the given gemeente number, e.g. 363 → BU0363xxxx in GM0363. */
    Histories confirmed(int gemeente, String type, ExperimentCondition... present) {
        return concluded(Outcome.CONFIRMED, gemeente, type, false, present);
    }

    Histories confirmedInProeftuin(int gemeente, String type) {
        return concluded(Outcome.CONFIRMED, gemeente, type, true);
    }

    Histories notConfirmed(int gemeente, String type, ExperimentCondition... present) {
        return concluded(Outcome.NOT_CONFIRMED, gemeente, type, false, present);
    }

    /** Confirmed in a buurt the gemeente nominated itself (self-selected), ordinary otherwise. */
    Histories nominatedConfirmed(int gemeente, String type) {
        facts.add(new VerificationFact(UUID.randomUUID(), buurt(gemeente), String.format("GM%04d", gemeente), type,
                false, VerificationStage.CONCLUDED, Outcome.CONFIRMED, Set.of(), true));
        return this;
    }

    Histories notConfirmedInProeftuin(int gemeente, String type) {
        return concluded(Outcome.NOT_CONFIRMED, gemeente, type, true);
    }

    Histories inconclusive(int gemeente, String type) {
        return concluded(Outcome.INCONCLUSIVE, gemeente, type, false);
    }

    /** Confirmed where typology did not say whether the target has proeftuin status (no conditions stated). */
    Histories confirmedWithUnknownStatus(int gemeente, String type) {
        return add(Outcome.CONFIRMED, gemeente, type, null, Set.of());
    }

    /** Confirmed in a known non-proeftuin, without a statement of the conditions present (as before issue 11). */
    Histories confirmedWithoutStatedConditions(int gemeente, String type) {
        return add(Outcome.CONFIRMED, gemeente, type, false, null);
    }

    Histories open(VerificationStage stage) {
        facts.add(new VerificationFact(UUID.randomUUID(), buurt(599), "GM0599", DORPS, false, stage, null, null));
        return this;
    }

    private Histories concluded(Outcome outcome, int gemeente, String type, boolean proeftuin,
                                ExperimentCondition... present) {
        return add(outcome, gemeente, type, proeftuin, Set.of(present));
    }

    private Histories add(Outcome outcome, int gemeente, String type, Boolean proeftuin,
                          Set<ExperimentCondition> present) {
        facts.add(new VerificationFact(UUID.randomUUID(), buurt(gemeente), String.format("GM%04d", gemeente), type,
                proeftuin, VerificationStage.CONCLUDED, outcome, present));
        return this;
    }

    private String buurt(int gemeente) {
        return String.format("BU%04d%04d", gemeente, next++);
    }

    LessonFacts origin() {
        return new LessonFacts(UUID.fromString("0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10"), Set.of("BU00140000"),
                originConditions);
    }

    List<VerificationFact> facts() {
        return List.copyOf(facts);
    }

    Evidence derive() {
        return EvidenceDerivation.derive(EvidenceRules.standard(), origin(), facts);
    }
}
