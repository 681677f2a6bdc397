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

    /**
     * 422: typology knows the buurt (or area) but cannot compare it on the basis: it lacks a dimension the basis
     * requires, or more of the basis' weight than the coverage floor allows. Not the event's fault and not an
     * outage: figures imported later make the same question answerable.
     */
    public boolean lacksData() {
        return status == 422;
    }
}
