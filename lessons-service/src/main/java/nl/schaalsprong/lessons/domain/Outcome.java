package nl.schaalsprong.lessons.domain;

/** How the approach turned out in the proeftuin it was tried in. */
public enum Outcome {
    SUCCESS,
    PARTIAL,
    FAILURE
}
