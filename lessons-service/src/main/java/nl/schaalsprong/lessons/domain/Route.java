package nl.schaalsprong.lessons.domain;

/** The scaling routes a lesson can speak to. */
public enum Route {
    /** The same initiative grows: more homes, more buurten. */
    GROEI,
    /** The approach is copied elsewhere. */
    REPLICATIE,
    /** People and knowledge move on and take the approach with them. */
    CIRCULATIE,
    /** Rules, funding or institutions change; not verified per buurt but fed to the barrier register. */
    INSTITUTIONALISERING
}
