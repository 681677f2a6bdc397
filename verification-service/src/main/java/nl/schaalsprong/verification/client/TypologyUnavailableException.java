package nl.schaalsprong.verification.client;

/** typology-service failed (5xx): transient, so worth a retry. */
public class TypologyUnavailableException extends RuntimeException {
    public TypologyUnavailableException(String message) {
        super(message);
    }
}
