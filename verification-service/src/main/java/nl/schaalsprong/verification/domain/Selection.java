package nl.schaalsprong.verification.domain;

/**
 * How a verification's buurt came to be chosen. Evidence and learning must know: a buurt the gemeente picked itself
 * is a self-selected site, a form of pilot bias (it may be chosen because success there looks likely, or because the
 * people to carry it are there), so it weighs less than a buurt the typology proposed for being comparable.
 */
public enum Selection {
    /** Proposed by the system because the buurt is comparable to the lesson's origin (exploratory ones included). */
    SUGGESTED,
    /** Chosen by the gemeente itself ("trying it here"), next to the suggestions; starts ACCEPTED. */
    NOMINATED
}
