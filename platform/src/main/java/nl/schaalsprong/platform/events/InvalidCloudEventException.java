package nl.schaalsprong.platform.events;

/** A record that is not a valid CloudEvent of ours: a poison message, never worth retrying. */
public class InvalidCloudEventException extends RuntimeException {
    public InvalidCloudEventException(String message) {
        super(message);
    }

    public InvalidCloudEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
