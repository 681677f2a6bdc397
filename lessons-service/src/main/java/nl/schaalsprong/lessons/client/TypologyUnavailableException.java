package nl.schaalsprong.lessons.client;

/** typology-service could not say whether a buurt exists (down, slow or failing); never read as "unknown buurt". */
public class TypologyUnavailableException extends RuntimeException {
    public TypologyUnavailableException(String message) {
        super(message);
    }

    public TypologyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
