package nl.schaalsprong.verification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Verifying one lesson in one comparable buurt: the unit by which "does it work elsewhere too?" is answered.
 * A lesson has at most one verification per buurt (enforced by the database as well). A lesson that only works
 * from a larger scale up is verified in a whole wijk or gemeente instead ({@link #suggestArea}, {@link #target()}).
 * <p>
 * It starts {@link #suggest suggested} by the system or {@link #nominate nominated} by the gemeente ({@link Selection}).
 * Its lifecycle is the explicit transitions {@link #accept}, {@link #decline} and {@link #conclude}; an
 * illegal one is an {@link IllegalTransitionException}. What a transition records is held in private fields
 * with read-only accessors, so nothing but a transition can change it: the criteria are frozen at acceptance and
 * a concluded verification is immutable (the database refuses both as well, see V2__verification_workflow.sql).
 */
@Entity
@Table(name = "verification")
public class Verification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    public UUID lessonId;

    /** The buurt verified in; null for a wijk- or gemeente-level verification ({@link #targetLevel}). */
    @Column(name = "target_buurt_code", updatable = false)
    public String targetBuurtCode;

    /** Buurt, or wijk or gemeente for a lesson of a larger scale ({@link ScaleOfVerification}, V101). */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_level", nullable = false, updatable = false)
    public TargetLevel targetLevel = TargetLevel.BUURT;

    /** The code of the area verified in, whatever its level (for a buurt: the buurt code). */
    @Column(name = "target_area_code", nullable = false, updatable = false)
    public String targetAreaCode;

    /** Derived from the target's code and stored, so a gemeente's verifications can be queried by column. */
    @Column(name = "target_gemeente_code", nullable = false, updatable = false)
    public String targetGemeenteCode;

    @Column(name = "target_buurt_name")
    public String targetBuurtName;

    /** The typology's similarity of the target to the lesson's origin when it was suggested. */
    @Column(nullable = false, updatable = false)
    public double similarity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VerificationStatus status;

    @Column(name = "suggested_at", nullable = false, updatable = false)
    public OffsetDateTime suggestedAt;

    /** The CloudEvent id that caused the suggestion: the trace back to why this verification exists. */
    @Column(name = "source_event_id", nullable = false, updatable = false)
    public String sourceEventId;

    /** Optimistic locking: two gemeente users acting at once cannot both win. */
    @Version
    public long version;

    @Column(name = "basis_name", updatable = false)
    private String basisName;

    @Column(name = "basis_version", updatable = false)
    private Integer basisVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "comparison", nullable = false, updatable = false)
    private Map<String, DimensionDifference> comparison = Map.of();

    @Column(name = "target_typology_id", updatable = false)
    private UUID targetTypologyId;

    @Column(name = "target_type_number", updatable = false)
    private Integer targetTypeNumber;

    @Column(name = "target_type_label", updatable = false)
    private String targetTypeLabel;

    @Column(name = "target_proeftuin", updatable = false)
    private Boolean targetProeftuin;

    /** Drawn from further down the comparable ranking, against range restriction (SuggestionPolicy). */
    @Column(name = "exploratory", nullable = false, updatable = false)
    private boolean exploratory;

    /** The one approach tag this verification speaks for (CIRCULATIE, {@link ComponentsToVerify}); null: all. */
    @Column(name = "component", updatable = false)
    private String component;

    /** Suggested by the system, or nominated by the gemeente itself (V70); set at creation, never changed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "selection", nullable = false, updatable = false)
    private Selection selection = Selection.SUGGESTED;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "criteria")
    private List<Criterion> criteria;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    /** The reason in words: the gemeente's text, or else its kind said in words (V90: {@link DeclineReason#summary}). */
    @Column(name = "decline_reason")
    private String declineReason;

    /** Null on a decline written before V90 that the migration did not see: read as OTHER with its words. */
    @Enumerated(EnumType.STRING)
    @Column(name = "decline_kind")
    private DeclineReasonKind declineKind;

    @Column(name = "decline_dimension")
    private String declineDimension;

    @Column(name = "decline_barrier_id")
    private UUID declineBarrierId;

    @Column(name = "decline_text")
    private String declineText;

    @Column(name = "declined_at")
    private OffsetDateTime declinedAt;

    @Column(name = "declined_by")
    private String declinedBy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "results")
    private List<CriterionResult> results;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "adaptations")
    private List<String> adaptations;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "conditions_present")
    private List<ExperimentCondition> conditionsPresent;

    @Column(name = "concluded_at")
    private OffsetDateTime concludedAt;

    @Column(name = "concluded_by")
    private String concludedBy;

    protected Verification() {
    }

    public static Verification suggest(UUID lessonId, ComparableBuurt target, String sourceEventId,
                                       OffsetDateTime now) {
        return suggest(lessonId, target, sourceEventId, now, false);
    }

    /** @param exploratory whether the policy drew the target from further down the ranking to explore */
    public static Verification suggest(UUID lessonId, ComparableBuurt target, String sourceEventId,
                                       OffsetDateTime now, boolean exploratory) {
        return suggest(lessonId, target, sourceEventId, now, exploratory, null);
    }

    /**
     * @param component the one approach tag the verification speaks for ({@link ComponentsToVerify}); null for
     *                  the whole approach
     */
    public static Verification suggest(UUID lessonId, ComparableBuurt target, String sourceEventId,
                                       OffsetDateTime now, boolean exploratory, String component) {
        Verification verification = suggested(lessonId, VerificationTarget.of(target.code()), target.name(),
                target.similarity(), target.type(), target.proeftuin(), target.comparison(), target.basis(),
                sourceEventId, now, component);
        verification.targetBuurtCode = target.code().value();
        verification.exploratory = exploratory;
        return verification;
    }

    /**
     * A wijk or gemeente to verify a lesson of that {@link ScaleOfVerification scale} in: never a buurt. Behaves as a
     * buurt-level verification in all else (lifecycle, criteria); its gemeente is the one the area lies in (or is).
     *
     * @param component the one approach tag the verification speaks for; null for the whole approach
     */
    public static Verification suggestArea(UUID lessonId, ComparableArea target, String sourceEventId,
                                           OffsetDateTime now, String component) {
        return suggested(lessonId, target.target(), target.name(), target.similarity(), target.type(),
                target.proeftuin(), target.comparison(), target.basis(), sourceEventId, now, component);
    }

    /** What every suggestion records, whatever its level: where, how alike, on which basis and type, and why. */
    private static Verification suggested(UUID lessonId, VerificationTarget where, String name,
                                          double similarity, TypologyType type, Boolean proeftuin,
                                          Map<String, DimensionDifference> comparison, Basis basis,
                                          String sourceEventId, OffsetDateTime now, String component) {
        Verification verification = new Verification();
        verification.component = component;
        verification.id = UUID.randomUUID();
        verification.lessonId = lessonId;
        verification.targetLevel = where.level();
        verification.targetAreaCode = where.code();
        verification.targetGemeenteCode = where.gemeente().value();
        verification.targetBuurtName = name;
        verification.similarity = similarity;
        verification.status = VerificationStatus.SUGGESTED;
        verification.suggestedAt = now;
        verification.sourceEventId = sourceEventId;
        verification.comparison = comparison;
        verification.targetProeftuin = proeftuin;
        if (basis != null) {
            verification.basisName = basis.name();
            verification.basisVersion = basis.version();
        }
        if (type != null) {
            verification.targetTypologyId = type.typologyId();
            verification.targetTypeNumber = type.number();
            verification.targetTypeLabel = type.label();
        }
        return verification;
    }

    /**
     * A gemeente's own choice of buurt for the lesson ("trying it here"): recorded as {@link Selection#NOMINATED}
     * and accepted at once by {@code who}, with criteria pre-registered by the same rules as an acceptance
     * ({@link #accept(SuccessCriteria, LessonIndicatorPolicy, String, Clock)}). Its {@code suggestedAt} is the moment
     * it entered the workflow; whether the gemeente may nominate here is {@link Nomination}'s to say.
     *
     * @param target        the buurt as typology compares it with the lesson's origin (similarity, comparison)
     * @param sourceEventId the LessonTagged that made the lesson known here: what the nomination answers to
     */
    public static Verification nominate(UUID lessonId, ComparableBuurt target, String sourceEventId,
                                        SuccessCriteria criteria, LessonIndicatorPolicy lessonIndicators, String who,
                                        Clock clock) {
        Verification verification = suggest(lessonId, target, sourceEventId, OffsetDateTime.now(clock), false);
        verification.selection = Selection.NOMINATED;
        verification.accept(criteria, lessonIndicators, who, clock);
        return verification;
    }

    /** {@link #accept(SuccessCriteria, LessonIndicatorPolicy, String, Clock)} for a lesson naming no indicator. */
    public void accept(SuccessCriteria criteria, String who, Clock clock) {
        accept(criteria, LessonIndicatorPolicy.none(), who, clock);
    }

    /**
     * The gemeente commits to verifying, with success criteria that are frozen from now on: pre-registered, so each
     * is measured after today ({@link PreRegistration}) and, where the lesson's outcome names indicators, one of
     * them is measured by that name ({@link LessonIndicatorPolicy}).
     */
    public void accept(SuccessCriteria criteria, LessonIndicatorPolicy lessonIndicators, String who, Clock clock) {
        requireTransition(VerificationStatus.ACCEPTED);
        String by = requireWho(who);
        OffsetDateTime now = OffsetDateTime.now(clock);
        PreRegistration.requireMeasuredAfter(criteria, now.toLocalDate());
        lessonIndicators.requireMeasuredBy(criteria);
        this.criteria = criteria.criteria();
        this.acceptedBy = by;
        this.acceptedAt = now;
        this.status = VerificationStatus.ACCEPTED;
    }

    /** The gemeente declines; the reason is kept, since "why not here" is a lesson too. */
    public void decline(DeclineReason reason, String who, Clock clock) {
        requireTransition(VerificationStatus.DECLINED);
        if (reason == null) {
            throw new RuleViolationException("declining a verification needs a reason");
        }
        this.declinedBy = requireWho(who);
        this.declineReason = reason.summary();
        this.declineKind = reason.kind();
        this.declineDimension = reason.dimension();
        this.declineBarrierId = reason.barrierId();
        this.declineText = reason.text();
        this.declinedAt = OffsetDateTime.now(clock);
        this.status = VerificationStatus.DECLINED;
    }

    /**
     * Records what was measured against the frozen criteria, how the approach was adapted and which experiment
     * conditions were present; the outcome follows from the criteria ({@link Conclusion#of}).
     *
     * @param measurements measured value per indicator of the criteria; a missing one makes it INCONCLUSIVE
     */
    public void conclude(Map<String, Double> measurements, List<String> adaptations,
                         Collection<ExperimentCondition> conditionsPresent, String who, Clock clock) {
        requireTransition(VerificationStatus.CONCLUDED);
        String by = requireWho(who);
        Conclusion conclusion = Conclusion.of(new SuccessCriteria(criteria), measurements);
        if (conditionsPresent == null) {
            // Unknown is not "none": evidence would read a missing statement in the lesson's favour.
            throw new RuleViolationException("a conclusion must state the experiment conditions present (none: [])");
        }
        if (adaptations.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new RuleViolationException("an adaptation needs a description");
        }
        this.results = conclusion.results();
        this.outcome = conclusion.outcome();
        this.adaptations = adaptations.stream().map(String::strip).toList();
        this.conditionsPresent = conditionsPresent.stream().distinct().sorted().toList();
        this.concludedBy = by;
        this.concludedAt = OffsetDateTime.now(clock);
        this.status = VerificationStatus.CONCLUDED;
    }

    /** Checked before anything changes, so a refused step leaves the verification as it was. */
    private void requireTransition(VerificationStatus target) {
        if (!status.canBecome(target)) {
            throw new IllegalTransitionException(id, status, target);
        }
    }

    private static String requireWho(String who) {
        if (who == null || who.isBlank()) {
            throw new RuleViolationException("a lifecycle step needs to know who took it");
        }
        return who;
    }

    /** Where it is verified: a buurt, or a wijk or gemeente. */
    public VerificationTarget target() {
        return new VerificationTarget(targetLevel, targetAreaCode);
    }

    public Optional<Basis> basis() {
        return basisName == null ? Optional.empty() : Optional.of(new Basis(basisName, basisVersion));
    }

    public Map<String, DimensionDifference> comparison() {
        return Map.copyOf(comparison);
    }

    public Optional<TypologyType> targetType() {
        return targetTypologyId == null ? Optional.empty()
                : Optional.of(new TypologyType(targetTypologyId, targetTypeNumber, targetTypeLabel));
    }

    public Boolean targetProeftuin() {
        return targetProeftuin;
    }

    public boolean exploratory() {
        return exploratory;
    }

    public Selection selection() {
        return selection;
    }

    /** Chosen by the gemeente, not suggested: self-selected, so evidence and learning weigh it accordingly. */
    public boolean nominated() {
        return selection == Selection.NOMINATED;
    }

    /** Empty until accepted; then the frozen criteria. */
    public Optional<SuccessCriteria> criteria() {
        return criteria == null ? Optional.empty() : Optional.of(new SuccessCriteria(criteria));
    }

    public OffsetDateTime acceptedAt() {
        return acceptedAt;
    }

    public String acceptedBy() {
        return acceptedBy;
    }

    /** The reason in words (the text given, or else the kind said in words); null unless declined. */
    public String declineReason() {
        return declineReason;
    }

    /** The structured reason; empty unless declined. */
    public Optional<DeclineReason> declineReasonDetail() {
        if (declineReason == null && declineKind == null) {
            return Optional.empty();
        }
        return Optional.of(declineKind == null ? DeclineReason.other(declineReason)
                : new DeclineReason(declineKind, declineDimension, declineBarrierId, declineText));
    }

    public OffsetDateTime declinedAt() {
        return declinedAt;
    }

    public String declinedBy() {
        return declinedBy;
    }

    public List<CriterionResult> results() {
        return results == null ? List.of() : List.copyOf(results);
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<String> adaptations() {
        return adaptations == null ? List.of() : List.copyOf(adaptations);
    }

    public List<ExperimentCondition> conditionsPresent() {
        return conditionsPresent == null ? List.of() : List.copyOf(conditionsPresent);
    }

    public OffsetDateTime concludedAt() {
        return concludedAt;
    }

    public String concludedBy() {
        return concludedBy;
    }

    /** The one approach tag this verification speaks for; null when it verifies the whole approach. */
    public String component() {
        return component;
    }
}
