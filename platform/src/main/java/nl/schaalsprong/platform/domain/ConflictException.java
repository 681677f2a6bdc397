package nl.schaalsprong.platform.domain;

/** The request is well formed but clashes with the current state: an illegal transition, a stale version. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Conflict with the current state";
    }
}
