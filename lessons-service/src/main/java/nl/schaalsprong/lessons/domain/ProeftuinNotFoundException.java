package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.NotFoundException;

public class ProeftuinNotFoundException extends NotFoundException {
    public ProeftuinNotFoundException(String id) {
        super("proeftuin", id);
    }
}
