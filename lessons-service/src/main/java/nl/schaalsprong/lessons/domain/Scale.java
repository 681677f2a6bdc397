package nl.schaalsprong.lessons.domain;

/** Scales for rightscaling, smallest first: the declaration order is the order that matters. */
public enum Scale {
    GEBOUW,
    STRAAT,
    BUURT,
    WIJK,
    GEMEENTE,
    REGIO,
    NATIONAAL
}
