package nl.schaalsprong.lessons.domain;

import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a lesson. SUPERSEDED and RETRACTED are final: a published lesson is never edited in place. */
public enum LessonStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    SUPERSEDED,
    RETRACTED;

    /** The states this one may move to; everything else is an illegal transition. */
    public Set<LessonStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED);
            case PUBLISHED -> EnumSet.of(SUPERSEDED, RETRACTED);
            case SUPERSEDED, RETRACTED -> EnumSet.noneOf(LessonStatus.class);
        };
    }

    public boolean mayMoveTo(LessonStatus to) {
        return next().contains(to);
    }

    /**
     * Whether anyone may read a lesson in this state. Drafts and lessons under review are work in progress: only
     * their proeftuin's contributors and the stewards see them.
     */
    public boolean isPublic() {
        return !editable();
    }

    /** Only a draft or a lesson under review may be revised; a published one is superseded by a new lesson. */
    public boolean editable() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
