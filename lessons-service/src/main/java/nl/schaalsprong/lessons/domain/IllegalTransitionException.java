package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.ConflictException;

/** A lifecycle move that the current state does not allow; names where it was and where it was asked to go. */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(String what, Object id, Enum<?> from, Enum<?> to) {
        super(what + " '" + id + "' cannot go from " + from + " to " + to);
    }
}
