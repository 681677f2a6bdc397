package nl.schaalsprong.verification.evidencesummary.domain;

import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Route;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** What the evidence summary groups lessons by; each lists its keys in a fixed order, so charts stay stable. */
public enum SummaryDimension {
    /** The scaling routes the lesson speaks to: a lesson on two routes counts in both. */
    ROUTE(Arrays.stream(Route.values()).map(Enum::name).toList(),
            lesson -> lesson.routes().stream().map(Enum::name).toList()),
    /** The layer the lesson's author claims. */
    CLAIMED_LAYER(layers(), lesson -> lesson.claimedLayer() == null ? List.of() : List.of(lesson.claimedLayer().name())),
    /** The layer the verifications support so far. */
    SUPPORTED_LAYER(layers(),
            lesson -> lesson.supportedLayer() == null ? List.of() : List.of(lesson.supportedLayer().name()));

    private final List<String> keys;
    private final Function<LessonStanding, List<String>> keysOf;

    SummaryDimension(List<String> keys, Function<LessonStanding, List<String>> keysOf) {
        this.keys = keys;
        this.keysOf = keysOf;
    }

    /** Every key of this dimension, in order; a lesson with none of them falls in the group without key. */
    public List<String> keys() {
        return keys;
    }

    /** The keys this lesson counts under; empty when it has none (no route given, no layer claimed or supported). */
    public List<String> keysOf(LessonStanding lesson) {
        return keysOf.apply(lesson);
    }

    private static List<String> layers() {
        return Arrays.stream(Layer.values()).map(Enum::name).toList();
    }
}
