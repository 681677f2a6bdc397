package nl.schaalsprong.verification.subscription.rest;

import nl.schaalsprong.platform.problem.Problem;

import java.util.List;

/** A subscription request whose fields break rules (422), each named as the client wrote it. */
class InvalidSubscriptionException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    InvalidSubscriptionException(List<Problem.FieldError> errors) {
        super(errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        this.errors = List.copyOf(errors);
    }

    List<Problem.FieldError> errors() {
        return errors;
    }
}
