package nl.schaalsprong.lessons.domain;

/** The three-layer model: the layer at which its author claims a lesson holds. */
public enum Layer {
    /** Works everywhere. */
    GENERIEK,
    /** Chosen per type of buurt, from a menu. */
    MENU,
    /** Works locally only. */
    SPECIFIEK
}
