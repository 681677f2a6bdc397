package nl.schaalsprong.lessons.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.lessons.domain.LessonNotFoundException;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.lessons.messaging.LessonEvents;
import nl.schaalsprong.lessons.messaging.LessonTagged;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.platform.paging.Page;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The lesson use cases; each public method is one transaction, events included (transactional outbox). */
@ApplicationScoped
public class LessonService {

    private final Outbox outbox;
    private final Clock clock;

    public LessonService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Lesson record(String title, String text, String pilot, BuurtCode origin) {
        Lesson lesson = Lesson.record(title, text, pilot, origin, OffsetDateTime.now(clock));
        lesson.persist();
        return lesson;
    }

    /**
     * Tags a lesson. A tagging that adds at least one tag emits exactly one {@code LessonTagged}, written in this
     * transaction; repeating the same tags changes nothing and emits nothing.
     */
    @Transactional
    public Lesson tag(UUID lessonId, List<Tag> tags) {
        Lesson lesson = find(lessonId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Tag> added = lesson.tag(tags, now);
        if (!added.isEmpty()) {
            outbox.append(LessonEvents.LESSON_TAGGED, lesson.id.toString(), LessonTagged.of(lesson, added, now));
        }
        return lesson;
    }

    @Transactional
    public Lesson find(UUID lessonId) {
        return Lesson.<Lesson>findByIdOptional(lessonId).orElseThrow(() -> new LessonNotFoundException(lessonId));
    }

    /** Newest first, ties by id, so pages stay stable while lessons are added. */
    @Transactional
    public Page<Lesson> list(int page, int size) {
        var query = Lesson.<Lesson>findAll(Sort.descending("createdAt").and("id"));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
