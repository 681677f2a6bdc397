package nl.schaalsprong.lessons.domain.search;

/** The scaling routes (schaalsprongroutes) a lesson can travel by. */
public enum Route {
    /** The proeftuin itself grows, buurt by buurt. */
    GROEI,
    /** The approach is copied to a comparable buurt. */
    REPLICATIE,
    /** People and knowledge move to other places, and the approach is adapted there. */
    CIRCULATIE,
    /** The approach becomes the rule: policy, law, standard practice. */
    INSTITUTIONALISERING
}
