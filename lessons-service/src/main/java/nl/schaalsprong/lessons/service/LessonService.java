package nl.schaalsprong.lessons.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.lessons.domain.LessonAccess;
import nl.schaalsprong.lessons.domain.LessonContent;
import nl.schaalsprong.lessons.domain.LessonNotFoundException;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.LessonVersion;
import nl.schaalsprong.lessons.domain.Proeftuin;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.lessons.mapping.LessonVersionView;
import nl.schaalsprong.lessons.mapping.LessonView;
import nl.schaalsprong.lessons.messaging.LessonEvents;
import nl.schaalsprong.lessons.messaging.LessonTagged;
import nl.schaalsprong.lessons.domain.search.LessonDocument;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.security.Caller;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The lesson use cases; each public method is one transaction, events included (transactional outbox). Every
 * change of a lesson ends in {@link #saved}, which keeps it as a version in the history.
 */
@ApplicationScoped
public class LessonService {

    private final Outbox outbox;
    private final Clock clock;
    private final OriginBuurten originBuurten;
    private final VocabularyService vocabulary;
    private final BarrierService barriers;
    private final ObjectMapper json;
    private final LessonSearchIndex search;

    public LessonService(Outbox outbox, Clock clock, OriginBuurten originBuurten, VocabularyService vocabulary,
                         BarrierService barriers, ObjectMapper json,
                         LessonSearchIndex search) {
        this.search = search;
        this.outbox = outbox;
        this.clock = clock;
        this.originBuurten = originBuurten;
        this.vocabulary = vocabulary;
        this.barriers = barriers;
        this.json = json;
    }

    /**
     * Records a DRAFT for a proeftuin the caller writes for; the proeftuin must exist and typology-service must know
     * its origin buurten.
     */
    @Transactional
    public LessonView record(LessonContent content, Caller caller) {
        LessonAccess.requireWrite(caller, content.proeftuinId());
        String who = caller.subject();
        originBuurten.known(content.originBuurtCodes());
        Proeftuin proeftuin = originProeftuin(content);
        Lesson lesson = Lesson.draft(content, now());
        lesson.persist();
        return saved(lesson, proeftuin, "recorded", who);
    }

    /** Replaces what the author wrote, if {@code readVersion} is still the lesson's version. */
    @Transactional
    public LessonView revise(UUID lessonId, LessonContent content, long readVersion, Caller caller) {
        Lesson lesson = find(lessonId);
        LessonAccess.requireWrite(caller, lesson.proeftuinId);
        LessonAccess.requireWrite(caller, content.proeftuinId());
        String who = caller.subject();
        originBuurten.known(content.originBuurtCodes());
        Proeftuin proeftuin = originProeftuin(content);
        lesson.revise(content, readVersion, now());
        return saved(lesson, proeftuin, "revised", who);
    }

    /**
     * Moves a lesson through its lifecycle. Publishing needs the version that was reviewed: content revised after
     * the review is not published unreviewed. Publishing a lesson on the INSTITUTIONALISERING route also signals
     * its barrier to the register, and a lesson leaning on an exemption is linked to the barrier of the rule it was
     * exempted from (opened if the register has none standing), in the same transaction.
     *
     * @param reviewedVersion the version the publisher read (If-Match); required to publish
     */
    @Transactional
    public LessonView transition(UUID lessonId, LessonStatus to, UUID successorId, Long reviewedVersion,
                                 Caller caller) {
        Lesson lesson = find(lessonId);
        LessonAccess.requireWrite(caller, lesson.proeftuinId);
        String who = caller.subject();
        if (to == LessonStatus.PUBLISHED) {
            lesson.requireReviewed(reviewedVersion);
        }
        OffsetDateTime now = now();
        switch (to) {
            case IN_REVIEW -> lesson.submitForReview(now);
            case DRAFT -> lesson.sendBackToDraft(now);
            case PUBLISHED -> {
                lesson.publish(now);
                if (lesson.content.speaksTo(Route.INSTITUTIONALISERING)) {
                    barriers.signal(lesson, who, now);
                }
                barriers.leanOnExemption(lesson, who, now);
            }
            case RETRACTED -> lesson.retract(now);
            case SUPERSEDED -> {
                if (successorId == null) {
                    throw new RuleViolationException("superseding needs the successorId of the lesson that replaces it");
                }
                lesson.supersedeBy(find(successorId), now);
            }
        }
        return saved(lesson, proeftuinOf(lesson), "status:" + to, who);
    }

    /**
     * Tags a published lesson. A tagging that adds at least one tag emits exactly one {@code LessonTagged},
     * written in this transaction; repeating the same tags changes nothing and emits nothing.
     */
    @Transactional
    public LessonView tag(UUID lessonId, List<Tag> tags, Caller caller) {
        Lesson lesson = find(lessonId);
        LessonAccess.requireWrite(caller, lesson.proeftuinId);
        String who = caller.subject();
        vocabulary.requireKnown(tags);
        OffsetDateTime now = now();
        List<Tag> added = lesson.tag(tags, now);
        Proeftuin proeftuin = proeftuinOf(lesson);
        if (added.isEmpty()) {
            return view(lesson, proeftuin);
        }
        outbox.append(LessonEvents.LESSON_TAGGED, lesson.id.toString(),
                LessonTagged.of(lesson, proeftuin, added, barriers.leanedOnBy(lesson.id), now));
        return saved(lesson, proeftuin, "tagged:" + String.join(",", added.stream().map(Tag::value).toList()), who);
    }

    /** A lesson the caller may see; a draft of another proeftuin is answered as unknown. */
    @Transactional
    public LessonView read(UUID lessonId, Caller caller) {
        Lesson lesson = visible(lessonId, caller);
        return view(lesson, proeftuinOf(lesson));
    }

    /** Every kept version, oldest first: for the proeftuin's contributors and the stewards. */
    @Transactional
    public List<LessonVersionView> history(UUID lessonId, Caller caller) {
        Lesson lesson = visible(lessonId, caller);
        if (!LessonAccess.maySeeHistory(caller, lesson)) {
            throw new OutOfScopeException("the history of a lesson, with who changed what, is for its proeftuin's "
                    + "contributors and the stewards");
        }
        return LessonVersion.<LessonVersion>find("lessonId", Sort.ascending("version"), lessonId).stream()
                .map(LessonVersionView::of).toList();
    }

    /**
     * The one place a changed lesson passes through. The flush makes the optimistic-lock version (and a stale
     * write's 409) happen here, so the kept version carries the number clients see.
     */
    private LessonView saved(Lesson lesson, Proeftuin proeftuin, String change, String who) {
        Lesson.getEntityManager().flush();
        LessonView view = view(lesson, proeftuin);
        LessonVersion.of(lesson, change, who, lesson.updatedAt, snapshot(view)).persist();
        search.index(document(lesson, proeftuin));
        return view;
    }

    /** The lesson as the search read model holds it, kept in step in the same transaction. */
    private static LessonDocument document(Lesson lesson, Proeftuin proeftuin) {
        LessonContent content = lesson.content;
        return new LessonDocument(lesson.id, lesson.status, lesson.title,
                content.lesson(), content.recommendation(), content.context(), content.module(),
                content.themes() == null ? Set.of() : Set.copyOf(content.themes()),
                content.routes() == null ? Set.of() : Set.copyOf(content.routes()),
                content.claimedLayer(),
                lesson.sortedTags(), proeftuin == null ? null : proeftuin.id,
                proeftuin == null ? null : proeftuin.name(),
                proeftuin == null ? null : gemeente(proeftuin.gemeenteCodeFor(content.originBuurtCodes())),
                content.originBuurtCodes().stream().map(BuurtCode::of).distinct().toList(),
                lesson.updatedAt, lesson.publishedAt);
    }

    private static GemeenteCode gemeente(String code) {
        return code == null ? null : new GemeenteCode(code);
    }


    private Lesson visible(UUID lessonId, Caller caller) {
        Lesson lesson = find(lessonId);
        if (!LessonAccess.maySee(caller, lesson)) {
            throw new LessonNotFoundException(lessonId);
        }
        return lesson;
    }

    private Lesson find(UUID lessonId) {
        return Lesson.<Lesson>findByIdOptional(lessonId).orElseThrow(() -> new LessonNotFoundException(lessonId));
    }

    private static Proeftuin originProeftuin(LessonContent content) {
        return Proeftuin.<Proeftuin>findByIdOptional(content.proeftuinId()).orElseThrow(() ->
                new RuleViolationException("origin proeftuin '" + content.proeftuinId() + "' is not in the register"));
    }

    /** Null only for lessons from before the register whose pilot name matched no proeftuin. */
    private static Proeftuin proeftuinOf(Lesson lesson) {
        return lesson.proeftuinId == null ? null : Proeftuin.findById(lesson.proeftuinId);
    }

    private LessonView view(Lesson lesson, Proeftuin proeftuin) {
        return LessonView.of(lesson, proeftuin == null ? null : proeftuin.name(),
                barriers.leanedOnBy(lesson.id).stream().map(b -> b.id).toList());
    }

    private String snapshot(LessonView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
