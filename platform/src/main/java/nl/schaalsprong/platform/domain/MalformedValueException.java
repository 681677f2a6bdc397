package nl.schaalsprong.platform.domain;

/**
 * A value that is not of its required form (a name, a key): the request is malformed (400), whichever part of it
 * carried the value. Contrast {@link RuleViolationException}: a well-formed request the rules refuse (422).
 */
public class MalformedValueException extends DomainException {

    public MalformedValueException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Malformed value";
    }
}
