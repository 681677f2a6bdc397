package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A lesson learned in a proeftuin. The walking skeleton keeps only what the transfer flow needs: what was
 * learned, where (the pilot and its buurt) and which approach components it is about (tags).
 */
@Entity
@Table(name = "lesson")
public class Lesson extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false, columnDefinition = "text")
    public String text;

    /** The proeftuin the lesson comes from, by name until the proeftuin register exists. */
    @Column(nullable = false)
    public String pilot;

    @Column(name = "origin_buurt_code", nullable = false)
    public String originBuurtCode;

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

    protected Lesson() {
    }

    public static Lesson record(String title, String text, String pilot, BuurtCode origin, OffsetDateTime now) {
        Lesson lesson = new Lesson();
        lesson.id = UUID.randomUUID();
        lesson.title = title.strip();
        lesson.text = text.strip();
        lesson.pilot = pilot.strip();
        lesson.originBuurtCode = origin.value();
        lesson.createdAt = now;
        lesson.updatedAt = now;
        return lesson;
    }

    /**
     * Adds tags; tags the lesson already has are ignored.
     *
     * @return the tags that are new, in order; empty when nothing changed
     */
    public List<Tag> tag(List<Tag> requested, OffsetDateTime now) {
        Set<Tag> added = new LinkedHashSet<>();
        for (Tag tag : requested) {
            if (!tags.contains(tag.value())) {
                added.add(tag);
            }
        }
        if (!added.isEmpty()) {
            added.forEach(tag -> tags.add(tag.value()));
            updatedAt = now;
        }
        return new ArrayList<>(added);
    }

    public BuurtCode origin() {
        return new BuurtCode(originBuurtCode);
    }

    public SortedSet<String> sortedTags() {
        return new TreeSet<>(tags);
    }
}
