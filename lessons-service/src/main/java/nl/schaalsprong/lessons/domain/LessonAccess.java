package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.platform.security.Caller;

/**
 * Who may write and see which lessons. A contributor writes only for the proeftuinen its token's {@code pilots}
 * claim lists; stewards act for the whole programme. Published lessons are for everyone; drafts, lessons under
 * review and every lesson's history only for the proeftuin's contributors and the stewards.
 */
public final class LessonAccess {

    private LessonAccess() {
    }

    /** @throws OutOfScopeException when the caller may not write lessons of this proeftuin */
    public static void requireWrite(Caller caller, String proeftuinId) {
        if (!caller.writesFor(proeftuinId)) {
            throw new OutOfScopeException("your token does not list proeftuin '" + proeftuinId
                    + "' in its pilots claim; only its own contributors and stewards write its lessons");
        }
    }

    /** Whether the caller may see the lesson at all; a lesson it may not see is answered as unknown (404). */
    public static boolean maySee(Caller caller, Lesson lesson) {
        return lesson.status.isPublic() || caller.writesFor(lesson.proeftuinId);
    }

    /** Whether the caller may see who changed what and the earlier versions. */
    public static boolean maySeeHistory(Caller caller, Lesson lesson) {
        return caller.writesFor(lesson.proeftuinId);
    }
}
