package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.ConflictException;

import java.util.UUID;

/** A lifecycle step the verification's current status does not allow (HTTP 409, naming from and to). */
public class IllegalTransitionException extends ConflictException {

    private final VerificationStatus from;
    private final VerificationStatus to;

    public IllegalTransitionException(UUID id, VerificationStatus from, VerificationStatus to) {
        super("verification " + id + " cannot go from " + from + " to " + to
                + (from.next().isEmpty() ? " (" + from + " is final)" : " (allowed: " + from.next() + ")"));
        this.from = from;
        this.to = to;
    }

    public VerificationStatus from() {
        return from;
    }

    public VerificationStatus to() {
        return to;
    }
}
