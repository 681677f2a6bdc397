package nl.schaalsprong.platform.idempotency;

import nl.schaalsprong.platform.domain.RuleViolationException;

/** An Idempotency-Key sent again with a different request: a client error the client must resolve (422). */
public class IdempotencyKeyReusedException extends RuleViolationException {

    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was used before with a different request; use a new key for a new "
                + "request, or send the first request again unchanged");
    }

    @Override
    public String title() {
        return "Idempotency key reused";
    }
}
