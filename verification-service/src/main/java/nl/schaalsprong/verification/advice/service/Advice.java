package nl.schaalsprong.verification.advice.service;

import nl.schaalsprong.verification.advice.domain.AreaContext;
import nl.schaalsprong.verification.advice.domain.BarriersInTheWay;
import nl.schaalsprong.verification.advice.domain.Standing;
import nl.schaalsprong.verification.domain.evidence.Evidence;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One page of advice for an area: the components in rank order, each with its pooled evidence, its first lessons
 * and places, and how many there are in all.
 *
 * @param total components the filter admits
 */
public record Advice(AreaContext area, List<Component> components, int page, int size, long total) {

    /**
     * @param rank      1 for the best established component overall, not just on this page
     * @param derivedAt when its read model was derived: changes since are not in it yet
     * @param barriers  the barriers the lessons behind it lean on that still stand in the way
     */
    public record Component(int rank, Standing standing, Evidence evidence, OffsetDateTime derivedAt,
                            List<AdviceQueries.LessonRow> lessons, long lessonsTotal,
                            List<AdviceQueries.PlaceRow> places, long placesTotal,
                            List<BarriersInTheWay.InTheWay> barriers) {
    }
}
