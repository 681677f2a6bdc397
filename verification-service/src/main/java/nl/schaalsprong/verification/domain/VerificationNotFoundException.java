package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.UUID;

public class VerificationNotFoundException extends NotFoundException {
    public VerificationNotFoundException(UUID id) {
        super("verification", id);
    }
}
