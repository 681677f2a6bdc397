package nl.schaalsprong.verification.client;

/** typology-service refused the request (4xx): retrying the same request gives the same answer. */
public class TypologyRejectedException extends RuntimeException {

    private final int status;

    public TypologyRejectedException(String message) {
        this(message, 400);
    }

    public TypologyRejectedException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** The HTTP status typology answered; 404 means a buurt (or basis) it does not know. */
    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404;
    }
}
