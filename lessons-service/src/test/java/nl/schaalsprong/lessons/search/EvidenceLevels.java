package nl.schaalsprong.lessons.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.service.LessonSearchIndex;

import java.util.UUID;

/** Sets an indexed lesson's evidence level as the evidence read model would. */
final class EvidenceLevels {

    private EvidenceLevels() {
    }

    static void set(UUID lesson, String level) {
        LessonSearchIndex index = CDI.current().select(LessonSearchIndex.class).get();
        QuarkusTransaction.requiringNew().run(() -> index.evidenceChanged(lesson, EvidenceLevel.valueOf(level)));
    }
}
