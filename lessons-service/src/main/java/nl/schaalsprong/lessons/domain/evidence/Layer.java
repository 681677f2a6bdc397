package nl.schaalsprong.lessons.domain.evidence;

/**
 * The three-layer model: where a component of an approach holds. A lesson claims a layer; the evidence from
 * verifications elsewhere supports one, which may differ.
 */
public enum Layer {
    /** Works everywhere. */
    GENERIEK,
    /** Chosen per type of buurt, from a menu. */
    MENU,
    /** Works locally only. */
    SPECIFIEK
}
