package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds constructed histories for the rule tests: one lesson, verifications added one by one. */
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

    Histories notConfirmedInProeftuin(int gemeente, String type) {
        return concluded(Outcome.NOT_CONFIRMED, gemeente, type, true);
    }

    Histories inconclusive(int gemeente, String type) {
        return concluded(Outcome.INCONCLUSIVE, gemeente, type, false);
    }

    Histories open(VerificationStage stage) {
        facts.add(new VerificationFact(UUID.randomUUID(), buurt(599), "GM0599", DORPS, false, stage, null, Set.of()));
        return this;
    }

    private Histories concluded(Outcome outcome, int gemeente, String type, boolean proeftuin,
                                ExperimentCondition... present) {
        facts.add(new VerificationFact(UUID.randomUUID(), buurt(gemeente), String.format("GM%04d", gemeente), type,
                proeftuin, VerificationStage.CONCLUDED, outcome, Set.of(present)));
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
        return EvidenceDerivation.derive(origin(), facts);
    }
}
