package nl.schaalsprong.verification.client;

/** typology-service refused the request (4xx): retrying the same request gives the same answer. */
public class TypologyRejectedException extends RuntimeException {
    public TypologyRejectedException(String message) {
        super(message);
    }
}
