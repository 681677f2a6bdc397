package nl.schaalsprong.lessons.client;

/** typology-service refused the request (4xx): asking again gives the same answer. */
public class TypologyRejectedException extends RuntimeException {

    private final int status;

    public TypologyRejectedException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
