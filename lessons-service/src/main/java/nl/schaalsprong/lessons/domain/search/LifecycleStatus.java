package nl.schaalsprong.lessons.domain.search;

/** A lesson's state in its lifecycle, as far as search cares: only PUBLISHED lessons are listed by default. */
public enum LifecycleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, RETRACTED
}
