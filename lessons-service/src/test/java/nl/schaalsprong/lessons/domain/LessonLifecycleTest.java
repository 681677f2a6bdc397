package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lifecycle as explicit transitions on the domain object; every move not in the table is refused. */
class LessonLifecycleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aDraftGoesThroughReviewToPublished() {
        Lesson lesson = Lesson.draft(Contents.complete(), NOW);
        assertEquals(LessonStatus.DRAFT, lesson.status);
        lesson.submitForReview(NOW);
        assertEquals(LessonStatus.IN_REVIEW, lesson.status);
        lesson.publish(NOW.plusHours(1));
        assertEquals(LessonStatus.PUBLISHED, lesson.status);
        assertEquals(NOW.plusHours(1), lesson.updatedAt);
    }

    @Test
    void reviewCanSendALessonBackToDraft() {
        Lesson lesson = Lesson.draft(Contents.complete(), NOW);
        lesson.submitForReview(NOW);
        lesson.sendBackToDraft(NOW);
        assertEquals(LessonStatus.DRAFT, lesson.status);
    }

    @Test
    void aDraftCannotBePublishedWithoutReviewAndTheRefusalNamesFromAndTo() {
        Lesson lesson = Lesson.draft(Contents.complete(), NOW);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> lesson.publish(NOW));
        assertTrue(refused.getMessage().contains("from DRAFT to PUBLISHED"), refused.getMessage());
        assertEquals(LessonStatus.DRAFT, lesson.status);
    }

    @Test
    void publishingChecksTheQualityGateAndNamesEveryFailure() {
        Lesson lesson = Lesson.draft(Contents.with(f -> {
            f.outcome = null;
            f.originBuurtCodes = List.of();
        }), NOW);
        lesson.submitForReview(NOW);
        QualityGateFailedException refused = assertThrows(QualityGateFailedException.class, () -> lesson.publish(NOW));
        assertEquals(List.of(QualityGate.ORIGIN_BUURT, QualityGate.OUTCOME), refused.failed());
        assertEquals(LessonStatus.IN_REVIEW, lesson.status);
    }

    @Test
    void finalStatesGoNowhere() {
        Lesson retracted = published();
        retracted.retract(NOW);
        assertEquals(LessonStatus.RETRACTED, retracted.status);
        assertThrows(IllegalTransitionException.class, () -> retracted.submitForReview(NOW));
        assertThrows(IllegalTransitionException.class, () -> retracted.supersedeBy(published(), NOW));
        for (LessonStatus status : LessonStatus.values()) {
            assertEquals(status == LessonStatus.SUPERSEDED || status == LessonStatus.RETRACTED,
                    status.next().isEmpty(), status + " final?");
        }
    }

    @Test
    void supersedingPointsAtAPublishedSuccessor() {
        Lesson old = published();
        Lesson successor = published();
        old.supersedeBy(successor, NOW);
        assertEquals(LessonStatus.SUPERSEDED, old.status);
        assertEquals(successor.id, old.successorId);
    }

    @Test
    void aSuccessorMustBePublishedAndAnother() {
        Lesson old = published();
        Lesson draft = Lesson.draft(Contents.complete(), NOW);
        assertThrows(RuleViolationException.class, () -> old.supersedeBy(draft, NOW));
        assertThrows(RuleViolationException.class, () -> old.supersedeBy(old, NOW));
        assertEquals(LessonStatus.PUBLISHED, old.status);
    }

    @Test
    void onlyDraftsAndLessonsInReviewAreRevisedAndOnlyFromTheCurrentVersion() {
        Lesson lesson = Lesson.draft(Contents.complete(), NOW);
        lesson.revise(Contents.with(f -> f.title = "Nieuwe titel"), 0, NOW);
        assertEquals("Nieuwe titel", lesson.title);
        assertThrows(ConflictException.class, () -> lesson.revise(Contents.complete(), 7, NOW));
        Lesson published = published();
        assertThrows(ConflictException.class, () -> published.revise(Contents.complete(), 0, NOW));
    }

    @Test
    void onlyAPublishedLessonIsTagged() {
        Lesson draft = Lesson.draft(Contents.complete(), NOW);
        assertThrows(ConflictException.class, () -> draft.tag(List.of(new Tag("techniek/warmtenet")), NOW));
        Lesson published = published();
        assertEquals(List.of(new Tag("techniek/warmtenet")), published.tag(List.of(new Tag("techniek/warmtenet")), NOW));
        assertEquals(List.of(), published.tag(List.of(new Tag("Techniek/Warmtenet")), NOW));
    }

    private static Lesson published() {
        Lesson lesson = Lesson.draft(Contents.complete(), NOW);
        lesson.submitForReview(NOW);
        lesson.publish(NOW);
        return lesson;
    }
}
