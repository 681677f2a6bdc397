package nl.schaalsprong.platform.domain;

/** The caller has the right role but not for this object: another proeftuin's lesson, another gemeente (403). */
public class OutOfScopeException extends DomainException {

    public OutOfScopeException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Outside your scope";
    }
}
