package nl.schaalsprong.lessons.domain;

import java.util.List;

import static nl.schaalsprong.lessons.domain.QualityPolicy.present;

/** What a lesson must have before it is published: small named policies, each checked on its own. */
public final class QualityGate {

    public static final QualityPolicy CONTEXT = new QualityPolicy("context-described",
            "the context or driving event is described", c -> present(c.context()));
    public static final QualityPolicy MODULE = new QualityPolicy("module-named",
            "the approach component (module) is named", c -> present(c.module()));
    public static final QualityPolicy LESSON = new QualityPolicy("lesson-stated",
            "the lesson is stated", c -> present(c.lesson()));
    public static final QualityPolicy RECOMMENDATION = new QualityPolicy("recommendation-given",
            "a recommendation is given", c -> present(c.recommendation()));
    public static final QualityPolicy PROEFTUIN = new QualityPolicy("origin-proeftuin-present",
            "the origin proeftuin is named", c -> present(c.proeftuinId()));
    public static final QualityPolicy ORIGIN_BUURT = new QualityPolicy("origin-buurt-present",
            "at least one origin buurt code", c -> !c.originBuurtCodes().isEmpty());
    public static final QualityPolicy OUTCOME = new QualityPolicy("outcome-present",
            "the outcome in the origin (SUCCESS, PARTIAL or FAILURE)", c -> c.outcome() != null);
    public static final QualityPolicy THEME = new QualityPolicy("theme-chosen",
            "at least one theme", c -> !c.themes().isEmpty());
    public static final QualityPolicy ROUTE = new QualityPolicy("route-chosen",
            "at least one scaling route", c -> !c.routes().isEmpty());
    public static final QualityPolicy LAYER = new QualityPolicy("layer-claimed",
            "the claimed layer (GENERIEK, MENU or SPECIFIEK)", c -> c.claimedLayer() != null);
    public static final QualityPolicy RIGHTSCALING = new QualityPolicy("rightscaling-given",
            "the applied scale and the expected smallest and largest scale", c -> c.rightscaling() != null);
    /** The barrier register is fed from this section, so an INSTITUTIONALISERING lesson without it says too little. */
    public static final QualityPolicy BARRIER = new QualityPolicy("barrier-described",
            "a barrier section on lessons on the INSTITUTIONALISERING route",
            c -> !c.speaksTo(Route.INSTITUTIONALISERING) || c.barrier() != null);
    /** The exempted rule becomes a barrier in the register ({@link ExemptionBarrierPolicy}), so it must be named. */
    public static final QualityPolicy EXEMPTION = new QualityPolicy("exemption-rule-named",
            "the rule exempted from, on lessons leaning on a VRIJSTELLING",
            c -> !c.leansOn(ExperimentCondition.VRIJSTELLING) || c.exemption() != null);

    public static final List<QualityPolicy> POLICIES = List.of(CONTEXT, MODULE, LESSON, RECOMMENDATION, PROEFTUIN,
            ORIGIN_BUURT, OUTCOME, THEME, ROUTE, LAYER, RIGHTSCALING, BARRIER, EXEMPTION);

    private QualityGate() {
    }

    /** @return the policies the content fails, in gate order; empty when it may be published */
    public static List<QualityPolicy> failures(LessonContent content) {
        return POLICIES.stream().filter(policy -> !policy.passes(content)).toList();
    }
}
