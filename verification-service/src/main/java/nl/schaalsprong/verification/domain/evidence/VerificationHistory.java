package nl.schaalsprong.verification.domain.evidence;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A lesson's origin and every verification of it, with the tallies the rules read. Derived, pure. Reads the
 * verifications as a {@link VerificationTally}: findings counted, never a list of every verification.
 * <ul>
 *   <li>Only sites outside the origin count: a verification in an origin buurt (possible when lessons of one tag
 *       are pooled) says nothing about transfer.</li>
 *   <li>Sites are counted as distinct buurten, not verifications, so two lessons of one tag confirmed in the same
 *       buurt count that buurt once.</li>
 *   <li>Gemeenten are independent only outside the origin's gemeenten.</li>
 *   <li>A type is confirmed only when more of its buurten confirmed than did not.</li>
 * </ul>
 */
public final class VerificationHistory {

    private final LessonFacts lesson;
    private final VerificationTally verifications;
    /**
     * Narrowed once: the rules ask for the sites elsewhere a dozen times per judgement, and a tag's pooled history
     * holds some 100,000 verifications against an origin of thousands of buurten (docs/benchmarks.md, scale run).
     */
    private final VerificationTally elsewhere;
    private final Origin origin;

    public VerificationHistory(LessonFacts lesson, List<VerificationFact> verifications) {
        this(lesson, VerificationTally.of(verifications));
    }

    /** The history of the verifications tallied; the tally is copied, so adding to it later changes nothing here. */
    public VerificationHistory(LessonFacts lesson, VerificationTally verifications) {
        this(Objects.requireNonNull(lesson, "lesson"), lesson.origin(), verifications.where(f -> true));
    }

    /** For a narrowed copy: the same lesson, its origin already derived. */
    private VerificationHistory(LessonFacts lesson, Origin origin, VerificationTally verifications) {
        this.lesson = lesson;
        this.verifications = verifications;
        this.origin = origin;
        this.elsewhere = verifications.where(f -> f.outcome() != null && !origin.isOriginBuurt(f.targetBuurtCode()));
    }

    public LessonFacts lesson() {
        return lesson;
    }

    /** Every verification, the origin's and the open ones too. */
    public VerificationTally verifications() {
        return verifications;
    }

    /** Concluded verifications outside the origin buurten: what evidence rests on. */
    public VerificationTally elsewhere() {
        return elsewhere;
    }

    public SortedSet<String> confirmedBuurten() {
        return distinct(Finding::confirmed, Finding::targetBuurtCode);
    }

    public SortedSet<String> notConfirmedBuurten() {
        return distinct(Finding::notConfirmed, Finding::targetBuurtCode);
    }

    public SortedSet<String> inconclusiveBuurten() {
        return distinct(Finding::inconclusive, Finding::targetBuurtCode);
    }

    /** Buurten that confirmed. */
    public int confirmations() {
        return confirmedBuurten().size();
    }

    /** Buurten that did not confirm. */
    public int nonConfirmations() {
        return notConfirmedBuurten().size();
    }

    /** Confirmed share of the decisive buurten, with its 95 % Wilson interval. */
    public ConfirmationRate rate() {
        return ConfirmationRate.of(confirmations(), confirmations() + nonConfirmations());
    }

    /** Sensitivity view: the same share when every null result (INCONCLUSIVE) had been a failure. */
    public ConfirmationRate rateWithNullResultsAsFailures() {
        return ConfirmationRate.of(confirmations(), confirmations() + nonConfirmations() + inconclusiveBuurten().size());
    }

    /** Share of the concluded buurten that concluded INCONCLUSIVE; 0 when none is concluded. */
    public double nullResultShare() {
        int concluded = confirmations() + nonConfirmations() + inconclusiveBuurten().size();
        return concluded == 0 ? 0 : (double) inconclusiveBuurten().size() / concluded;
    }

    /** Share of the decisive buurten that did not confirm; 0 when none is decisive. */
    public double failureShare() {
        int decisive = confirmations() + nonConfirmations();
        return decisive == 0 ? 0 : (double) nonConfirmations() / decisive;
    }

    /** Gemeenten with a confirmation, independent of the origin's or not. */
    public SortedSet<String> confirmedGemeenten() {
        return distinct(Finding::confirmed, Finding::targetGemeenteCode);
    }

    /** Gemeenten with a confirmation that are none of the origin's gemeenten: independent sites. */
    public SortedSet<String> independentConfirmedGemeenten() {
        return confirmedGemeenten().stream().filter(origin::independentOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Typology types where more buurten confirmed than did not. */
    public SortedSet<String> confirmedTypes() {
        return typeTallies().entrySet().stream().filter(e -> e.getValue()[0] > e.getValue()[1]).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Typology types concluded decisively where at least as many buurten did not confirm as did. */
    public SortedSet<String> notConfirmedTypes() {
        return typeTallies().entrySet().stream().filter(e -> e.getValue()[0] <= e.getValue()[1])
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The MENU pattern: confirmed in some type, and every failure lies in a type where the lesson is not confirmed
     * (a failure without a known type is not explained by type, so it breaks the pattern).
     */
    public boolean failuresExplainedByType() {
        SortedSet<String> failing = notConfirmedTypes();
        return !confirmedTypes().isEmpty() && nonConfirmations() > 0 && elsewhere().findings().stream()
                .filter(Finding::notConfirmed)
                .allMatch(f -> f.typeLabel() != null && failing.contains(f.typeLabel()));
    }

    /**
     * The same lesson without the decisive conclusions in the given types: for a level judged within a MENU's
     * confirmed types. Null results stay wherever they are: attrition counts, whatever the type.
     */
    public VerificationHistory withoutDecisiveIn(Set<String> types) {
        return new VerificationHistory(lesson, origin,
                verifications.where(f -> !(f.decisive() && f.typeLabel() != null && types.contains(f.typeLabel()))));
    }

    /** Confirmed buurten known to have had neither proeftuin status nor experiment conditions. */
    public SortedSet<String> confirmedKnownWithoutConditions() {
        return distinct(f -> f.confirmed() && f.knownWithoutConditions(), Finding::targetBuurtCode);
    }

    /** Concluded verifications outside the origin in buurten the gemeente nominated itself. */
    public VerificationTally nominatedElsewhere() {
        return elsewhere().where(Finding::nominated);
    }

    /** Confirmed buurten the gemeente nominated itself (self-selected). */
    public SortedSet<String> nominatedConfirmedBuurten() {
        return distinct(f -> f.confirmed() && f.nominated(), Finding::targetBuurtCode);
    }

    /**
     * The same lesson without the confirmations of self-selected (nominated) buurten: what the evidence would be
     * had only suggested buurten confirmed. Nominated failures and null results stay: leaving them out would be in
     * the lesson's favour.
     */
    public VerificationHistory withoutNominatedConfirmations() {
        return new VerificationHistory(lesson, origin, verifications.where(f -> !(f.nominated() && f.confirmed())));
    }

    /** Per type: {confirmed buurten, not confirmed buurten}. */
    private Map<String, int[]> typeTallies() {
        Map<String, Set<String>> confirmed = new TreeMap<>();
        Map<String, Set<String>> failed = new TreeMap<>();
        for (Finding finding : elsewhere().findings()) {
            if (finding.typeLabel() == null || !finding.decisive()) {
                continue;
            }
            (finding.confirmed() ? confirmed : failed).computeIfAbsent(finding.typeLabel(), t -> new TreeSet<>())
                    .add(finding.targetBuurtCode());
        }
        Map<String, int[]> tallies = new TreeMap<>();
        confirmed.forEach((type, buurten) -> tallies.computeIfAbsent(type, t -> new int[2])[0] = buurten.size());
        failed.forEach((type, buurten) -> tallies.computeIfAbsent(type, t -> new int[2])[1] = buurten.size());
        return tallies;
    }

    private SortedSet<String> distinct(Predicate<Finding> which, Function<Finding, String> what) {
        return elsewhere().distinct(which, what);
    }
}
