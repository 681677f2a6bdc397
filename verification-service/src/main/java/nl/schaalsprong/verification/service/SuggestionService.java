package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.inbox.Handled;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.persistence.NativeColumn;
import nl.schaalsprong.verification.client.TypologyRejectedException;
import nl.schaalsprong.verification.config.SuggestionsConfig;
import nl.schaalsprong.verification.domain.AreaSuggestionPolicy;
import nl.schaalsprong.verification.domain.ComparableArea;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.ComponentsToVerify;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.StaleTagging;
import nl.schaalsprong.verification.domain.OwnGemeenteFirst;
import nl.schaalsprong.verification.domain.PendingPace;
import nl.schaalsprong.verification.domain.PendingSuggestion;
import nl.schaalsprong.verification.domain.ScaleOfVerification;
import nl.schaalsprong.verification.domain.SuggestionPolicy;
import nl.schaalsprong.verification.domain.TaggedLesson;
import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationChanged;
import nl.schaalsprong.verification.domain.VerificationTarget;
import nl.schaalsprong.verification.domain.WaitingFor;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import nl.schaalsprong.verification.messaging.VerificationEvents;
import nl.schaalsprong.verification.messaging.TaggedLessons;
import nl.schaalsprong.verification.messaging.VerificationSuggested;
import nl.schaalsprong.verification.service.SuggestionCandidates.Found;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns tagged lessons into suggested verifications. Typology is always asked outside any transaction, so no
 * database connection is held across remote calls and their retries. When typology cannot answer, the lesson is
 * parked as a {@link PendingSuggestion} in the same transaction as the event's claim (made by the consumer), and {@link #retryDue()}
 * tries again later: a typology outage delays suggestions but never drops them. A lesson none of whose origins
 * typology can compare on the basis (its 422: figures missing) waits the same way, for the figures: it is a lesson
 * like any other, not a poison message, and typology's events wake it when they come ({@link WaitingForFigures}).
 */
@ApplicationScoped
public class SuggestionService implements TaggedLessons {

    private static final Logger LOG = Logger.getLogger(SuggestionService.class);

    private final SuggestionCandidates candidates;
    private final SuggestionPolicy policy;
    private final PendingPace pace;
    private final SuggestionsConfig config;
    private final Outbox outbox;
    private final Event<VerificationChanged> changed;
    private final Event<LessonTagsKnown> tagsKnown;
    private final Clock clock;
    private final SuggestionMetrics metrics;

    public SuggestionService(SuggestionCandidates candidates, SuggestionPolicy policy, PendingPace pace,
                             SuggestionsConfig config, Outbox outbox,
                             Event<VerificationChanged> changed, Event<LessonTagsKnown> tagsKnown, Clock clock,
                             SuggestionMetrics metrics) {
        this.metrics = metrics;
        this.tagsKnown = tagsKnown;
        this.candidates = candidates;
        this.policy = policy;
        this.pace = pace;
        this.config = config;
        this.outbox = outbox;
        this.changed = changed;
        this.clock = clock;
    }

    /**
     * Asks typology for the lesson's candidates outside any transaction, so no database connection is held across
     * remote calls and their retries; the consumer has already dropped a redelivery before this (platform
     * {@code EventConsumers}), so a redelivered event costs no typology call. The work it answers records the lesson
     * and its verifications with their events (or the pending row) in the transaction that claims the event: a
     * failure leaves nothing half done.
     *
     * @throws TypologyRejectedException when typology refuses the origin (4xx other than 422, e.g. a buurt it does not
     *                                   know): the event cannot succeed as is. A 422 parks the lesson to wait for data
     */
    @Override
    public Supplier<Handled> prepare(String eventId, TaggedLesson lesson) {
        Optional<GemeenteCode> ownGemeente = OwnGemeenteFirst.of(lesson.routes(), lesson.gemeente(), lesson.origins());
        TargetLevel level = ScaleOfVerification.of(lesson.rightscaling());
        Found found = !lesson.verifiedPerBuurt() ? Found.NONE_NEEDED
                : level == TargetLevel.BUURT ? candidates.find(lesson.lessonId(), lesson.origins(), ownGemeente, true)
                : candidates.findAreas(level, lesson.origins(), ownGemeente, true);
        return () -> suggest(eventId, lesson, ownGemeente, level, found);
    }

    private Handled suggest(String eventId, TaggedLesson lesson, Optional<GemeenteCode> ownGemeente, TargetLevel level,
                            Found found) {
        if (StaleTagging.isStale(heldTaggedAt(lesson.lessonId()), lesson.taggedAt())) {
            LOG.infof("lesson %s: this tagging (%s) is older than the one held; ignored", lesson.lessonId(),
                    lesson.taggedAt());
            return Handled.STALE;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Lesson.record(lesson, eventId, now);
        // Evidence per approach tag pools lessons by their tags, whatever becomes of the suggestions.
        tagsKnown.fire(new LessonTagsKnown(lesson.lessonId(), lesson.tags(),
                lesson.taggedAt() == null ? now : lesson.taggedAt()));
        if (found == Found.NONE_NEEDED) {
            LOG.infof("lesson %s is only on route INSTITUTIONALISERING: no buurt to verify it in", lesson.lessonId());
            return Handled.APPLIED;
        }
        if (found.failure() != null) {
            park(lesson.lessonId(), eventId, found, now);
            return Handled.APPLIED;
        }
        int suggested = level == TargetLevel.BUURT
                ? store(lesson.lessonId(), lesson.origins(), eventId, found.chosen(), now)
                : storeAreas(lesson.lessonId(), level, lesson.origins(), ownGemeente, eventId, found.areas(), now);
        LOG.infof("lesson %s tagged: %d verification(s) suggested", lesson.lessonId(), suggested);
        return Handled.APPLIED;
    }

    private static OffsetDateTime heldTaggedAt(UUID lessonId) {
        Lesson held = Lesson.findById(lessonId);
        return held == null ? null : held.taggedAt;
    }

    /**
     * One round of retries of the pending lessons that are due. Each is leased first (its next attempt pushed
     * back) so a crash or a second instance cannot retry it twice at once. A lesson served is logged; one that still
     * waits only at DEBUG, since thousands may wait for figures for weeks (the gauge
     * {@code schaalsprong_suggestions_awaiting_data} and the lesson's counts say so); an outage gets one line a round.
     *
     * @return how many pending lessons got their suggestions in this round
     */
    public int retryDue() {
        List<Due> due = QuarkusTransaction.requiringNew().call(this::leaseDue);
        int served = 0;
        Map<WaitingFor, Integer> stillWaiting = new EnumMap<>(WaitingFor.class);
        String lastOutage = null;
        for (Due lesson : due) {
            // A retry still handles the event that parked the lesson: its lines carry that event's id.
            MDC.put("ce_id", lesson.sourceEventId());
            try {
                Retried retried = retry(lesson);
                if (retried.served()) {
                    served++;
                } else if (retried.stillWaitingFor() != null) {
                    stillWaiting.merge(retried.stillWaitingFor(), 1, Integer::sum);
                    lastOutage = retried.stillWaitingFor() == WaitingFor.TYPOLOGY ? retried.failure() : lastOutage;
                }
            } finally {
                MDC.remove("ce_id");
            }
        }
        if (lastOutage != null) {
            LOG.infof("%d parked lesson(s) retried while typology-service still cannot answer (%s)",
                    stillWaiting.get(WaitingFor.TYPOLOGY), lastOutage);
        }
        if (!due.isEmpty()) {
            LOG.debugf("pending suggestions: %d retried, %d served, %d still wait for figures of their origin",
                    due.size(), served, stillWaiting.getOrDefault(WaitingFor.ORIGIN_DATA, 0));
        }
        return served;
    }

    /** What one retry came to: served, gone meanwhile (both without a wait), or still waiting and why. */
    private record Retried(boolean served, WaitingFor stillWaitingFor, String failure) {
        static final Retried SERVED = new Retried(true, null, null);
        static final Retried GONE = new Retried(false, null, null);
    }

    private Retried retry(Due lesson) {
        Found found = lesson.level() == TargetLevel.BUURT
                ? candidates.find(lesson.lessonId(), lesson.origins(), lesson.ownGemeente(), false)
                : candidates.findAreas(lesson.level(), lesson.origins(), lesson.ownGemeente(), false);
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            PendingSuggestion pending = PendingSuggestion.findById(lesson.lessonId());
            if (pending == null) {
                return Retried.GONE; // a newer tagging served the lesson meanwhile
            }
            if (found.failure() != null) {
                pending.failed(found.waitingFor(), found.failure(), now, pace);
                LOG.debugf("lesson %s still waits for %s (attempt %d, next at %s)", lesson.lessonId(),
                        found.waitingFor() == WaitingFor.ORIGIN_DATA ? "figures of its origin" : "typology-service",
                        pending.attempts, pending.nextAttemptAt);
                return new Retried(false, found.waitingFor(), found.failure());
            }
            int created = lesson.level() == TargetLevel.BUURT
                    ? store(lesson.lessonId(), lesson.origins(), pending.sourceEventId, found.chosen(), now)
                    : storeAreas(lesson.lessonId(), lesson.level(), lesson.origins(), lesson.ownGemeente(),
                    pending.sourceEventId, found.areas(), now);
            LOG.infof("lesson %s served after %d failed attempt(s): %d verification(s) suggested",
                    lesson.lessonId(), pending.attempts, created);
            return Retried.SERVED;
        });
    }

    private List<Due> leaseDue() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<UUID> ids = NativeColumn.list(PendingSuggestion.getEntityManager().createNativeQuery(
                        "select lesson_id from pending_suggestion where next_attempt_at <= :now"
                                + " order by next_attempt_at limit :batch for update skip locked")
                .setParameter("now", now)
                .setParameter("batch", config.pending().batchSize()), UUID.class);
        return ids.stream().map(id -> {
            PendingSuggestion pending = PendingSuggestion.findById(id);
            pending.nextAttemptAt = now.plus(pace.outage().after(pending.attempts + 1));
            Lesson parked = Lesson.findById(id);
            return new Due(id, parked.origins(), parked.ownGemeenteFirst(),
                    ScaleOfVerification.of(parked.rightscaling), pending.sourceEventId);
        }).toList();
    }

    private void park(UUID lessonId, String eventId, Found found, OffsetDateTime now) {
        if (PendingSuggestion.findById(lessonId) == null) {
            PendingSuggestion.after(lessonId, eventId, found.waitingFor(), found.failure(), now, pace).persist();
        }
        if (found.waitingFor() == WaitingFor.ORIGIN_DATA) {
            LOG.infof("lesson %s: typology cannot compare its origin on the basis (%s); its suggestions wait for the"
                    + " figures and are asked for again", lessonId, found.failure());
        } else {
            LOG.warnf("typology-service could not answer for lesson %s (%s); its suggestions wait and are retried",
                    lessonId, found.failure());
        }
    }

    /**
     * Keeps of the buurten chosen and explained outside the transaction what is still open, with the lesson's
     * verifications as they are now: what was recorded meanwhile (by an earlier tagging of the lesson) counts.
     */
    private int store(UUID lessonId, List<BuurtCode> origins, String sourceEventId, SuggestionPolicy.Choice explained,
                      OffsetDateTime now) {
        ExistingVerifications existing = ExistingVerifications.of(lessonId);
        SuggestionPolicy.Choice kept = policy.keepOpen(explained, origins, existing.targets(), existing.open());
        List<ComparableBuurt> targets = kept.targets();
        Lesson lesson = Lesson.findById(lessonId);
        List<String> components = ComponentsToVerify.assign(lesson.routes, lesson.tags(), existing.perComponent(),
                targets.size());
        List<Verification> suggested = new java.util.ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            ComparableBuurt target = targets.get(i);
            suggested.add(Verification.suggest(lessonId, target, sourceEventId, now, kept.isExploratory(target),
                    components.get(i)));
        }
        return record(lessonId, suggested);
    }

    /**
     * For a lesson verified at wijk or gemeente scale: chooses among the comparable areas found outside the
     * transaction ({@link AreaSuggestionPolicy}), with the lesson's verifications as they are now, and stores them.
     * The cap is the buurten's: K open verifications per lesson, whatever their level.
     */
    private int storeAreas(UUID lessonId, TargetLevel level, List<BuurtCode> origins,
                           Optional<GemeenteCode> ownGemeente, String sourceEventId, List<ComparableArea> candidates,
                           OffsetDateTime now) {
        ExistingVerifications existing = ExistingVerifications.of(lessonId);
        List<VerificationTarget> originAreas = origins.stream().map(level::areaOf).distinct().toList();
        // GROEI at gemeente scale has no home to start from: the own gemeente is the origin itself.
        List<ComparableArea> targets = AreaSuggestionPolicy.choose(originAreas, existing.areas(),
                policy.targets() - existing.open(), candidates,
                level == TargetLevel.WIJK ? ownGemeente : Optional.empty());
        Lesson lesson = Lesson.findById(lessonId);
        List<String> components = ComponentsToVerify.assign(lesson.routes, lesson.tags(), existing.perComponent(),
                targets.size());
        List<Verification> suggested = new java.util.ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            suggested.add(Verification.suggestArea(lessonId, targets.get(i), sourceEventId, now, components.get(i)));
        }
        LOG.infof("lesson %s is verified at %s scale: %d %s suggested", lessonId, level, targets.size(),
                level == TargetLevel.WIJK ? "wijk(en)" : "gemeente(n)");
        return record(lessonId, suggested);
    }

    /** Persists the new verifications with their events, in the caller's transaction. @return how many */
    private int record(UUID lessonId, List<Verification> suggested) {
        // All verifications first, then all their events: same-table inserts go to the database in JDBC batches.
        suggested.forEach(verification -> verification.persist());
        Map<String, VerificationSuggested> events = new LinkedHashMap<>();
        suggested.forEach(verification -> events.put(verification.id.toString(), VerificationSuggested.of(verification)));
        outbox.appendAll(VerificationEvents.VERIFICATION_SUGGESTED, events);
        // This tagging is served with the lesson's latest origins; an older parked one has nothing left to do.
        PendingSuggestion.deleteById(lessonId);
        if (!suggested.isEmpty()) {
            changed.fire(new VerificationChanged(lessonId));
        }
        metrics.served(suggested.size());
        return suggested.size();
    }

    private record Due(UUID lessonId, List<BuurtCode> origins, Optional<GemeenteCode> ownGemeente,
                       TargetLevel level, String sourceEventId) {
    }
}
