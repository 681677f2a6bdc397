package nl.schaalsprong.lessons.domain;

/** The level of government that owns a rule standing in the way. */
public enum GovernmentLevel {
    EU,
    RIJK,
    PROVINCIE,
    WATERSCHAP,
    GEMEENTE
}
