package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.UUID;

public class BarrierNotFoundException extends NotFoundException {
    public BarrierNotFoundException(UUID id) {
        super("barrier", id);
    }
}
