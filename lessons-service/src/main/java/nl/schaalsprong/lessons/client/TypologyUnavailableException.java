package nl.schaalsprong.lessons.client;

/** typology-service failed or could not be reached: transient, so worth a retry and, in the end, a 503. */
public class TypologyUnavailableException extends RuntimeException {
    public TypologyUnavailableException(String message) {
        super(message);
    }
}
