package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.LessonBarrier;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The barriers in a component's way: each once, its latest known status, resolved ones out, most leaned-on first. */
class BarriersInTheWayTest {

    private static final OffsetDateTime EARLY = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID LESSON_A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID LESSON_B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID WARMTEWET = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID BOUWBESLUIT = UUID.fromString("00000000-0000-0000-0000-000000000002");
    private static final UUID OMGEVINGSPLAN = UUID.fromString("00000000-0000-0000-0000-000000000003");

    @Test
    void noLessonsLeaningOnAnythingIsNothingInTheWay() {
        assertEquals(List.of(), BarriersInTheWay.of(List.of()));
    }

    @Test
    void aBarrierTwoLessonsLeanOnIsNamedOnceWithBothLessons() {
        List<BarriersInTheWay.InTheWay> ways = BarriersInTheWay.of(List.of(
                leaning(LESSON_B, EARLY, barrier(WARMTEWET, "Warmtewet art. 2", LessonBarrier.Status.GESIGNALEERD)),
                leaning(LESSON_A, EARLY, barrier(WARMTEWET, "Warmtewet art. 2", LessonBarrier.Status.GESIGNALEERD))));
        assertEquals(1, ways.size());
        assertEquals(WARMTEWET, ways.get(0).barrier().barrierId());
        assertEquals(List.of(LESSON_A, LESSON_B), ways.get(0).lessonIds());
    }

    @Test
    void theStatusIsTheOneTheLatestTaggedLessonCarried() {
        List<BarriersInTheWay.InTheWay> ways = BarriersInTheWay.of(List.of(
                leaning(LESSON_A, EARLY.plusDays(2), barrier(WARMTEWET, "Warmtewet", LessonBarrier.Status.GEAGENDEERD)),
                leaning(LESSON_B, EARLY, barrier(WARMTEWET, "Warmtewet", LessonBarrier.Status.GESIGNALEERD)),
                leaning(LESSON_B, null, barrier(BOUWBESLUIT, "Bouwbesluit", LessonBarrier.Status.GESIGNALEERD))));
        assertEquals(LessonBarrier.Status.GEAGENDEERD, ways.get(0).barrier().status());
    }

    @Test
    void aResolvedBarrierStandsInNobodysWayEvenIfAnOlderLessonSaidOtherwise() {
        List<BarriersInTheWay.InTheWay> ways = BarriersInTheWay.of(List.of(
                leaning(LESSON_A, EARLY, barrier(WARMTEWET, "Warmtewet", LessonBarrier.Status.GESIGNALEERD)),
                leaning(LESSON_B, EARLY.plusDays(1), barrier(WARMTEWET, "Warmtewet", LessonBarrier.Status.OPGELOST)),
                leaning(LESSON_B, EARLY, barrier(BOUWBESLUIT, "Bouwbesluit", LessonBarrier.Status.GESIGNALEERD))));
        assertEquals(List.of(BOUWBESLUIT), ways.stream().map(w -> w.barrier().barrierId()).toList());
    }

    @Test
    void mostLeanedOnFirstThenByRule() {
        List<BarriersInTheWay.InTheWay> ways = BarriersInTheWay.of(List.of(
                leaning(LESSON_A, EARLY, barrier(OMGEVINGSPLAN, "Omgevingsplan", LessonBarrier.Status.GESIGNALEERD)),
                leaning(LESSON_A, EARLY, barrier(WARMTEWET, "Warmtewet", LessonBarrier.Status.GESIGNALEERD)),
                leaning(LESSON_A, EARLY, barrier(BOUWBESLUIT, "Bouwbesluit", LessonBarrier.Status.GESIGNALEERD)),
                leaning(LESSON_B, EARLY, barrier(WARMTEWET, "Warmtewet", LessonBarrier.Status.GESIGNALEERD))));
        assertEquals(List.of(WARMTEWET, BOUWBESLUIT, OMGEVINGSPLAN),
                ways.stream().map(w -> w.barrier().barrierId()).toList());
    }

    private static BarriersInTheWay.Leaning leaning(UUID lesson, OffsetDateTime taggedAt, LessonBarrier barrier) {
        return new BarriersInTheWay.Leaning(lesson, taggedAt, barrier);
    }

    private static LessonBarrier barrier(UUID id, String rule, LessonBarrier.Status status) {
        return new LessonBarrier(id, rule, LessonBarrier.Level.RIJK, status);
    }
}
