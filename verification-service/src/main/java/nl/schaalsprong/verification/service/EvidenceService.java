package nl.schaalsprong.verification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.persistence.NativeColumn;
import nl.schaalsprong.verification.domain.VerificationChanged;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceDerivation;
import nl.schaalsprong.verification.domain.evidence.EvidenceHeadline;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationTally;
import nl.schaalsprong.verification.messaging.EvidenceEvents;
import nl.schaalsprong.verification.messaging.LessonEvidenceChanged;
import nl.schaalsprong.platform.time.NativeTimestamps;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps each lesson's evidence derived: whenever its verifications change (inside that same transaction), the
 * evidence is derived again, stored, and announced when it changed. Reading derives afresh from the same facts
 * by the same pure rules, so what is served is what was last announced.
 */
@ApplicationScoped
public class EvidenceService {

    private final EvidenceSources sources;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final EvidenceRules rules;

    public EvidenceService(EvidenceSources sources, Outbox outbox, EntityManager entityManager, ObjectMapper mapper,
                           Clock clock, EvidenceRules rules) {
        this.rules = rules;
        this.sources = sources;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** A lesson's evidence with the facts it rests on. */
    public record LessonEvidence(UUID lessonId, Evidence evidence, List<VerificationFact> verifications,
                                 OffsetDateTime derivedAt) {
    }

    /** The lessons of one approach tag: each lesson's own evidence in short, and theirs pooled. */
    public record TagEvidence(String tag, Evidence pooled, List<TagLesson> lessons) {
    }

    /** One lesson of a tag with the headline of its own evidence. */
    public record TagLesson(UUID lessonId, EvidenceHeadline evidence) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onVerificationChanged(@Observes VerificationChanged changed) {
        rederive(changed.lessonId());
    }

    /** @return whether the lesson's evidence changed (and LessonEvidenceChanged was appended to the outbox) */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean rederive(UUID lessonId) {
        // The workflow may have changed its entities in this transaction without flushing; the facts are read
        // with SQL, so they must be in the database first.
        entityManager.flush();
        Evidence evidence = EvidenceDerivation.derive(rules, lessonFacts(lessonId), sources.verifications(lessonId));
        OffsetDateTime now = OffsetDateTime.now(clock);
        // jsonb compares by value, so an unchanged derivation updates nothing, and the row lock of the upsert
        // keeps two concurrent derivations of one lesson from both announcing the same change.
        int written = entityManager.createNativeQuery("""
                        insert into lesson_evidence (lesson_id, level, supported_layer, chance_flagged, evidence, derived_at)
                        values (:lesson, :level, cast(:layer as varchar), :flagged, cast(:evidence as jsonb), :at)
                        on conflict (lesson_id) do update
                           set level = excluded.level, supported_layer = excluded.supported_layer,
                               chance_flagged = excluded.chance_flagged, evidence = excluded.evidence,
                               derived_at = excluded.derived_at
                         where lesson_evidence.evidence is distinct from excluded.evidence""")
                .setParameter("lesson", lessonId)
                .setParameter("level", evidence.level().name())
                .setParameter("layer", evidence.supportedLayer() == null ? null : evidence.supportedLayer().name())
                .setParameter("flagged", evidence.chanceRisk().flagged())
                .setParameter("evidence", json(evidence))
                .setParameter("at", now)
                .executeUpdate();
        if (written == 0) {
            return false;
        }
        outbox.append(EvidenceEvents.LESSON_EVIDENCE_CHANGED, lessonId.toString(),
                LessonEvidenceChanged.of(lessonId, evidence, now));
        return true;
    }

    /** Keeps the lesson's tags as the latest tagging lists them. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onLessonTags(@Observes LessonTagsKnown tagged) {
        entityManager.createNativeQuery("delete from lesson_tag where lesson_id = :lesson and not (tag = any(:tags))")
                .setParameter("lesson", tagged.lessonId())
                .setParameter("tags", tagged.tags().toArray(String[]::new))
                .executeUpdate();
        entityManager.createNativeQuery("insert into lesson_tag (lesson_id, tag, first_tagged_at)"
                        + " select :lesson, tag, :at from unnest(cast(:tags as text[])) tag on conflict do nothing")
                .setParameter("lesson", tagged.lessonId())
                .setParameter("tags", tagged.tags().toArray(String[]::new))
                .setParameter("at", tagged.taggedAt()).executeUpdate();
    }

    @Transactional
    public LessonEvidence forLesson(UUID lessonId) {
        List<VerificationFact> facts = sources.verifications(lessonId);
        var lesson = sources.lesson(lessonId);
        if (facts.isEmpty() && lesson.isEmpty()) {
            throw new NotFoundException("lesson evidence", lessonId);
        }
        return evidenceOf(lesson.orElseGet(() -> unrecorded(lessonId)), facts);
    }

    /**
     * Reads the tag's verifications as a stream ordered by lesson: each lesson's tally is derived and added to the
     * pooled tally, and only its headline is kept. What is held grows with the tag's lessons (their origins and
     * headlines) and the distinct findings pooled, not with its verifications.
     */
    @Transactional
    public TagEvidence forTag(String tag) {
        List<UUID> lessonIds = NativeColumn.list(entityManager.createNativeQuery(
                        "select lesson_id from lesson_tag where tag = :tag order by lesson_id")
                .setParameter("tag", tag), UUID.class);
        if (lessonIds.isEmpty()) {
            throw new NotFoundException("approach tag", tag);
        }
        Map<UUID, LessonFacts> recorded = sources.lessons(lessonIds);
        Map<UUID, EvidenceHeadline> own = new HashMap<>();
        VerificationTally pooledVerifications = new VerificationTally();
        sources.tallyPerLesson(lessonIds, tag, (lessonId, verifications) -> {
            own.put(lessonId, EvidenceHeadline.of(EvidenceDerivation.derive(rules,
                    recorded.getOrDefault(lessonId, unrecorded(lessonId)), verifications)));
            pooledVerifications.addAll(verifications);
        });
        List<LessonFacts> origins = lessonIds.stream()
                .map(id -> recorded.getOrDefault(id, unrecorded(id))).toList();
        List<TagLesson> lessons = origins.stream()
                .map(origin -> new TagLesson(origin.lessonId(), own.computeIfAbsent(origin.lessonId(),
                        id -> EvidenceHeadline.of(EvidenceDerivation.derive(rules, origin, new VerificationTally())))))
                .toList();
        LessonFacts pooledOrigin = LessonFacts.pooled(UUID.nameUUIDFromBytes(tag.getBytes(StandardCharsets.UTF_8)),
                origins);
        return new TagEvidence(tag, EvidenceDerivation.derive(rules, pooledOrigin, pooledVerifications), lessons);
    }

    private LessonEvidence evidenceOf(LessonFacts lesson, List<VerificationFact> facts) {
        OffsetDateTime derivedAt = derivedAt(lesson.lessonId());
        return new LessonEvidence(lesson.lessonId(), EvidenceDerivation.derive(rules, lesson, facts), facts,
                derivedAt == null ? OffsetDateTime.now(clock) : derivedAt);
    }

    /** When the lesson's stored evidence was derived; null when it never was. */
    private OffsetDateTime derivedAt(UUID lessonId) {
        List<?> stored = entityManager.createNativeQuery("select derived_at from lesson_evidence where lesson_id = :lesson")
                .setParameter("lesson", lessonId).getResultList();
        return stored.isEmpty() ? null : NativeTimestamps.of(stored.get(0));
    }

    private LessonFacts lessonFacts(UUID lessonId) {
        return sources.lesson(lessonId).orElseGet(() -> unrecorded(lessonId));
    }

    /** A lesson the workflow has not recorded: no known origin, no stated conditions. */
    private static LessonFacts unrecorded(UUID lessonId) {
        return new LessonFacts(lessonId, Set.of(), Set.of());
    }

    private String json(Evidence evidence) {
        try {
            return mapper.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the evidence", e);
        }
    }
}
