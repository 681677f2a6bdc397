package nl.schaalsprong.platform.domain;

/**
 * A rule of the domain said no. The domain throws these without knowing about HTTP; the problem mapper turns
 * each kind into its status, so resources never translate errors by hand.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** A short, stable, human title for the kind of problem (RFC 9457 {@code title}). */
    public abstract String title();
}
