package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.NotFoundException;

import java.util.UUID;

public class LessonNotFoundException extends NotFoundException {
    public LessonNotFoundException(UUID id) {
        super("lesson", id);
    }
}
