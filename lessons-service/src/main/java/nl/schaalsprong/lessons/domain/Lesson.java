package nl.schaalsprong.lessons.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.platform.domain.StaleVersionException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A lesson learned in a proeftuin. What the author writes is one {@link LessonContent}; the lifecycle is a set
 * of explicit transitions, each refusing to start from a state that does not allow it.
 */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {

    /** The most tags one lesson carries: each LessonTagged lists them all, and must stay a small broker record. */
    public static final int MAX_TAGS = 50;

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LessonStatus status;

    /** Copied from the content for ordering and for queries that should not parse JSON. */
    @Column(nullable = false)
    public String title;

    /** Copied from the content so that the database checks the proeftuin exists. */
    @Column(name = "proeftuin_id")
    public String proeftuinId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public LessonContent content;

    /** Set when SUPERSEDED: the lesson that replaces this one. */
    @Column(name = "successor_id")
    public UUID successorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_tag", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "tag")
    @OrderBy("tag")
    public Set<String> tags = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Optimistic locking: a stale concurrent update fails instead of silently overwriting. */
    @Version
    public long version;

    /** When it was first published; null before. Publication moves nothing else in time. */
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    protected Lesson() {
    }

    public static Lesson draft(LessonContent content, OffsetDateTime now) {
        Lesson lesson = new Lesson();
        lesson.id = UUID.randomUUID();
        lesson.status = LessonStatus.DRAFT;
        lesson.createdAt = now;
        lesson.apply(content, now);
        return lesson;
    }

    /** Replaces what the author wrote; only while DRAFT or IN_REVIEW, and only from the version the author read. */
    public void revise(LessonContent revised, long readVersion, OffsetDateTime now) {
        expectVersion(readVersion);
        if (!status.editable()) {
            throw new ConflictException("lesson '" + id + "' is " + status
                    + "; only DRAFT and IN_REVIEW lessons can be revised (supersede it with a new lesson instead)");
        }
        apply(revised, now);
    }

    /** A version mismatch we can see before writing; the database's version check catches the races after it. */
    public void expectVersion(long readVersion) {
        if (readVersion != version) {
            throw new ConflictException("lesson '" + id + "' is at version " + version + ", not " + readVersion
                    + "; read it again and retry");
        }
    }

    public void submitForReview(OffsetDateTime now) {
        moveTo(LessonStatus.IN_REVIEW, now);
    }

    public void sendBackToDraft(OffsetDateTime now) {
        moveTo(LessonStatus.DRAFT, now);
    }

    /** Publishes when every policy of the quality gate passes; otherwise names all that fail. */
    public void publish(OffsetDateTime now) {
        checkMayMoveTo(LessonStatus.PUBLISHED);
        List<QualityPolicy> failed = QualityGate.failures(content);
        if (!failed.isEmpty()) {
            throw new QualityGateFailedException(failed);
        }
        moveTo(LessonStatus.PUBLISHED, now);
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    public void retract(OffsetDateTime now) {
        moveTo(LessonStatus.RETRACTED, now);
    }

    /** Points readers at a published successor; a lesson cannot succeed itself. */
    public void supersedeBy(Lesson successor, OffsetDateTime now) {
        checkMayMoveTo(LessonStatus.SUPERSEDED);
        if (successor.id.equals(id)) {
            throw new RuleViolationException("a lesson cannot supersede itself");
        }
        if (successor.status != LessonStatus.PUBLISHED) {
            throw new RuleViolationException("successor '" + successor.id + "' is " + successor.status
                    + "; only a PUBLISHED lesson can supersede another");
        }
        successorId = successor.id;
        moveTo(LessonStatus.SUPERSEDED, now);
    }

    /**
     * Adds tags to a published lesson; tags it already has are ignored. Tagging announces the lesson for
     * verification, so a lesson that is not published cannot be tagged.
     *
     * @return the tags that are new, in order; empty when nothing changed
     */
    public List<Tag> tag(List<Tag> requested, OffsetDateTime now) {
        if (status != LessonStatus.PUBLISHED) {
            throw new ConflictException("lesson '" + id + "' is " + status + "; only a PUBLISHED lesson can be tagged");
        }
        Set<Tag> added = new LinkedHashSet<>();
        for (Tag tag : requested) {
            if (!tags.contains(tag.value())) {
                added.add(tag);
            }
        }
        if (tags.size() + added.size() > MAX_TAGS) {
            throw new RuleViolationException("a lesson carries at most " + MAX_TAGS + " tags; lesson '" + id
                    + "' has " + tags.size() + " and this would add " + added.size());
        }
        if (!added.isEmpty()) {
            added.forEach(tag -> tags.add(tag.value()));
            updatedAt = now;
        }
        return new ArrayList<>(added);
    }

    /**
     * Publishing publishes what was reviewed: the publisher names the version it read, and a lesson revised since
     * (a new version) is not published unreviewed.
     *
     * @throws StaleVersionException when {@code reviewedVersion} is not the current version
     */
    public void requireReviewed(Long reviewedVersion) {
        if (reviewedVersion == null || reviewedVersion != version) {
            throw new StaleVersionException("lesson '" + id + "' is at version " + version + ", not the reviewed version "
                    + reviewedVersion + "; read it again, review the changes and publish that version");
        }
    }

    public SortedSet<String> sortedTags() {
        return new TreeSet<>(tags);
    }

    private void apply(LessonContent revised, OffsetDateTime now) {
        content = revised;
        title = revised.title();
        proeftuinId = revised.proeftuinId();
        updatedAt = now;
    }

    private void checkMayMoveTo(LessonStatus to) {
        if (!status.mayMoveTo(to)) {
            throw new IllegalTransitionException("lesson", id, status, to);
        }
    }

    private void moveTo(LessonStatus to, OffsetDateTime now) {
        checkMayMoveTo(to);
        status = to;
        updatedAt = now;
    }
}
