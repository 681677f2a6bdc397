package nl.schaalsprong.platform.domain;

/**
 * An {@code If-Match} that names a version other than the current one where the version is a precondition (412):
 * e.g. publishing what was reviewed, after the content changed.
 */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Precondition failed";
    }
}
