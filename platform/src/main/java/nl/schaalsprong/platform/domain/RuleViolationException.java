package nl.schaalsprong.platform.domain;

/** The input breaks a domain rule that no field annotation can express (HTTP 422). */
public class RuleViolationException extends DomainException {

    public RuleViolationException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Domain rule violated";
    }
}
