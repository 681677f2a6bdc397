package nl.schaalsprong.verification.domain.evidence;

import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A lesson's origin and every verification of it, with the tallies the rules read. Sites are counted as
 * distinct buurten, so two lessons of one approach tag confirmed in the same buurt count that buurt once.
 */
public record VerificationHistory(LessonFacts lesson, List<VerificationFact> verifications) {

    public VerificationHistory {
        Objects.requireNonNull(lesson, "lesson");
        verifications = List.copyOf(verifications);
    }

    public List<VerificationFact> confirmed() {
        return verifications.stream().filter(VerificationFact::confirmed).toList();
    }

    public List<VerificationFact> notConfirmed() {
        return verifications.stream().filter(VerificationFact::notConfirmed).toList();
    }

    public int confirmations() {
        return confirmed().size();
    }

    public int nonConfirmations() {
        return notConfirmed().size();
    }

    /** Confirmed share of the conclusions that say something either way; 0 when there are none. */
    public double confirmedShare() {
        int decisive = confirmations() + nonConfirmations();
        return decisive == 0 ? 0.0 : (double) confirmations() / decisive;
    }

    public SortedSet<String> confirmedBuurten() {
        return distinct(VerificationFact::confirmed, VerificationFact::targetBuurtCode);
    }

    public SortedSet<String> notConfirmedBuurten() {
        return distinct(VerificationFact::notConfirmed, VerificationFact::targetBuurtCode);
    }

    public SortedSet<String> confirmedGemeenten() {
        return distinct(VerificationFact::confirmed, VerificationFact::targetGemeenteCode);
    }

    /** Typology types with at least one confirmation. */
    public SortedSet<String> confirmedTypes() {
        return distinct(f -> f.confirmed() && f.typeLabel() != null, VerificationFact::typeLabel);
    }

    /** Typology types where the lesson was concluded decisively and never confirmed. */
    public SortedSet<String> notConfirmedTypes() {
        SortedSet<String> types = distinct(f -> f.notConfirmed() && f.typeLabel() != null, VerificationFact::typeLabel);
        types.removeAll(confirmedTypes());
        return types;
    }

    /** Confirmed buurten that had neither proeftuin status nor experiment conditions. */
    public SortedSet<String> confirmedWithoutConditions() {
        return distinct(f -> f.confirmed() && !f.underExperimentConditions(), VerificationFact::targetBuurtCode);
    }

    private SortedSet<String> distinct(Predicate<VerificationFact> which,
                                       java.util.function.Function<VerificationFact, String> what) {
        return verifications.stream().filter(which).map(what).collect(Collectors.toCollection(TreeSet::new));
    }
}
