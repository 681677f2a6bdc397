package nl.schaalsprong.platform.cbs;

import nl.schaalsprong.platform.domain.DomainException;

/** A CBS area code that is not of the form CBS uses; a client error (400), not a missing resource. */
public class InvalidCodeException extends DomainException {

    public InvalidCodeException(String kind, String value, String pattern) {
        super("'" + value + "' is not a valid " + kind + " code; expected " + pattern);
    }

    @Override
    public String title() {
        return "Invalid area code";
    }
}
