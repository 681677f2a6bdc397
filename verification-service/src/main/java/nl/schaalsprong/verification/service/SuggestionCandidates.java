package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.verification.client.TypologyGateway;
import nl.schaalsprong.verification.client.TypologyRejectedException;
import nl.schaalsprong.verification.domain.ComparableArea;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.SuggestionPolicy;
import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.VerificationTarget;
import nl.schaalsprong.verification.domain.WaitingFor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What typology-service has to say about where to verify a lesson, asked outside any transaction. In two steps:
 * the 5×K most comparable buurten of each origin without explanation, from which the policy chooses K; then the
 * per-dimension comparison of those K alone. Explaining every candidate would cost typology and us four times the
 * bytes for comparisons nobody stores. The choice is made again, in the transaction that stores it, over the
 * explained buurten ({@link SuggestionService}), so a verification recorded meanwhile is still respected.
 */
@ApplicationScoped
public class SuggestionCandidates {

    private final TypologyGateway typology;
    private final SuggestionPolicy policy;

    public SuggestionCandidates(TypologyGateway typology, SuggestionPolicy policy) {
        this.typology = typology;
        this.policy = policy;
    }

    /**
     * The buurten chosen for the lesson, explained; or, for a lesson verified at wijk or gemeente scale, the
     * comparable areas the choice is made from (in the storing transaction); or why typology could not say.
     */
    record Found(SuggestionPolicy.Choice chosen, List<ComparableArea> areas, String failure, WaitingFor waitingFor) {
        static final Found NONE_NEEDED = new Found(SuggestionPolicy.Choice.NONE, List.of(), null, null);

        static Found chosen(SuggestionPolicy.Choice chosen) {
            return new Found(chosen, List.of(), null, null);
        }

        static Found areas(List<ComparableArea> areas) {
            return new Found(SuggestionPolicy.Choice.NONE, areas, null, null);
        }

        static Found waiting(WaitingFor why, String failure) {
            return new Found(SuggestionPolicy.Choice.NONE, List.of(), failure, why);
        }
    }

    /**
     * @param rejectionFails whether a 4xx from typology fails the caller (a fresh event: it goes to the DLQ) or,
     *                       for a parked lesson, counts as one more failed attempt. A 422 (no origin has the figures
     *                       the basis needs) never fails: the lesson waits for data
     */
    Found find(UUID lessonId, List<BuurtCode> origins, Optional<GemeenteCode> ownGemeente, boolean rejectionFails) {
        return asking(() -> Found.chosen(explainedChoice(lessonId, origins, ownGemeente)), rejectionFails);
    }

    /**
     * For a lesson verified at {@code level} (WIJK or GEMEENTE, {@link ScaleOfVerification}): the wijken or gemeenten
     * comparable to the areas its origin buurten lie in; for GROEI at wijk scale also those of the own gemeente
     * ({@code within=gemeente}), which the nationwide top may miss. The choice itself is made where it is stored.
     */
    Found findAreas(TargetLevel level, List<BuurtCode> origins, Optional<GemeenteCode> ownGemeente,
                    boolean rejectionFails) {
        return asking(() -> Found.areas(comparableAreas(level, origins, ownGemeente)), rejectionFails);
    }

    private List<ComparableArea> comparableAreas(TargetLevel level, List<BuurtCode> origins,
                                                 Optional<GemeenteCode> ownGemeente) {
        List<VerificationTarget> originAreas = origins.stream().map(level::areaOf).distinct().toList();
        int limit = policy.candidatesToAsk(originAreas.size());
        List<ComparableArea> candidates = new ArrayList<>();
        OriginsLackingData.askAbout(originAreas, origin -> {
            candidates.addAll(typology.comparableAreas(origin, limit, false));
            if (level == TargetLevel.WIJK && ownGemeente.filter(origin::liesIn).isPresent()) {
                candidates.addAll(typology.comparableAreas(origin, limit, true));
            }
        });
        return candidates;
    }

    private static Found asking(Supplier<Found> typologyQuestions, boolean rejectionFails) {
        try {
            return typologyQuestions.get();
        } catch (TypologyRejectedException rejected) {
            if (rejected.lacksData()) {
                return Found.waiting(WaitingFor.ORIGIN_DATA, rejected.getMessage());
            }
            if (rejectionFails) {
                throw rejected;
            }
            return Found.waiting(WaitingFor.TYPOLOGY, rejected.getMessage());
        } catch (RuntimeException unavailable) {
            // Timeout, open circuit, 5xx, connection refused, an unreadable answer: typology's trouble, not the event's.
            return Found.waiting(WaitingFor.TYPOLOGY,
                    unavailable.getClass().getSimpleName() + ": " + unavailable.getMessage());
        }
    }

    private SuggestionPolicy.Choice explainedChoice(UUID lessonId, List<BuurtCode> origins,
                                                    Optional<GemeenteCode> ownGemeente) {
        int limit = policy.candidatesToAsk(origins.size());
        // Which origin each candidate was ranked against: its comparison must be asked against that same origin.
        Map<ComparableBuurt, BuurtCode> originOf = new IdentityHashMap<>();
        List<ComparableBuurt> candidates = new ArrayList<>();
        OriginsLackingData.askAbout(origins, origin -> {
            for (ComparableBuurt candidate : typology.comparableTo(origin, limit)) {
                originOf.put(candidate, origin);
                candidates.add(candidate);
            }
            // GROEI: the nationwide ranking may hold none of the home gemeente's buurten; ask for them by name.
            if (ownGemeente.filter(home -> home.equals(origin.gemeente())).isPresent()) {
                for (ComparableBuurt candidate : typology.comparableInOwnGemeente(origin, limit)) {
                    originOf.put(candidate, origin);
                    candidates.add(candidate);
                }
            }
        });
        ExistingVerifications existing = QuarkusTransaction.requiringNew().call(() -> ExistingVerifications.of(lessonId));
        // The lesson's id seeds the exploratory draw: the same lesson and candidates always give the same choice.
        SuggestionPolicy.Choice choice = policy.choose(origins, existing.targets(), existing.open(), candidates,
                lessonId.getMostSignificantBits() ^ lessonId.getLeastSignificantBits(), ownGemeente);
        List<ComparableBuurt> chosen = choice.targets();
        Map<BuurtCode, List<ComparableBuurt>> chosenPerOrigin = chosen.stream()
                .collect(Collectors.groupingBy(originOf::get, LinkedHashMap::new, Collectors.toList()));
        Map<BuurtCode, ComparableBuurt> explained = new LinkedHashMap<>();
        chosenPerOrigin.forEach((origin, targets) -> typology
                .explained(origin, targets.stream().map(ComparableBuurt::code).toList(), targets.get(0).basis())
                .forEach(buurt -> explained.put(buurt.code(), buurt)));
        // A buurt typology no longer explains (its data changed in between) keeps its lean form: no comparison.
        return choice.with(chosen.stream().map(c -> explained.getOrDefault(c.code(), c)).toList());
    }

    /**
     * The origins typology cannot compare on the basis (422): a lesson from several buurten is verified from those
     * that can be compared; only when none can does the lesson wait for data. Any other refusal fails at once.
     */
    private static final class OriginsLackingData {
        private final int origins;
        private final List<TypologyRejectedException> refused = new ArrayList<>();

        OriginsLackingData(int origins) {
            this.origins = origins;
        }

        void add(TypologyRejectedException rejected) {
            if (!rejected.lacksData()) {
                throw rejected;
            }
            refused.add(rejected);
        }

        /**
         * Asks typology about each origin in turn; an origin it cannot compare for lack of data is passed over, unless
         * every origin is (then its refusal is thrown, and the lesson waits for data).
         */
        static <O> void askAbout(List<O> origins, Consumer<O> question) {
            OriginsLackingData lacking = new OriginsLackingData(origins.size());
            for (O origin : origins) {
                try {
                    question.accept(origin);
                } catch (TypologyRejectedException rejected) {
                    lacking.add(rejected);
                }
            }
            lacking.failIfNoneComparable();
        }

        void failIfNoneComparable() {
            if (!refused.isEmpty() && refused.size() == origins) {
                throw refused.get(0);
            }
        }
    }
}
