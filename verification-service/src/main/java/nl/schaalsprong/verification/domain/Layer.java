package nl.schaalsprong.verification.domain;

/** The three-layer model: where a component of an approach holds. */
public enum Layer {
    /** Works everywhere. */
    GENERIEK,
    /** Chosen per type of buurt, from a menu. */
    MENU,
    /** Works locally only. */
    SPECIFIEK
}
