package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.domain.Lesson;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tag path's one-column reads are planned once, however often they run: a native query that names its result
 * type got a new plan in Hibernate's cache on every execution, and the lookups walking them took a third of the tag
 * path on the scale run (docs/benchmarks.md, session 15). ArchitectureTest forbids the form; this shows the cost.
 */
@QuarkusTest
class QueryPlansTest {

    @Inject
    EntityManager entityManager;

    @Inject
    EvidenceSources sources;

    private int cachedPlans() {
        return entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getQueryEngine()
                .getInterpretationCache().getNumberOfCachedQueryPlans();
    }

    @Test
    void aLessonsTagsArePlannedOnceForEveryLesson() {
        QuarkusTransaction.requiringNew().run(() -> lesson().tags()); // planned here, if not before
        int planned = cachedPlans();
        for (int i = 0; i < 20; i++) {
            assertEquals(List.of(), QuarkusTransaction.requiringNew().call(() -> lesson().tags()));
        }
        assertEquals(planned, cachedPlans(), "each read of a lesson's tags added a query plan");
    }

    @Test
    void theBasesALessonTaughtArePlannedOnce() {
        QuarkusTransaction.requiringNew().run(() -> sources.basesLearnedFrom(UUID.randomUUID()));
        int planned = cachedPlans();
        for (int i = 0; i < 20; i++) {
            assertTrue(QuarkusTransaction.requiringNew().call(() -> sources.basesLearnedFrom(UUID.randomUUID())).isEmpty());
        }
        assertEquals(planned, cachedPlans(), "each read of a lesson's bases added a query plan");
    }

    private static Lesson lesson() {
        Lesson lesson = new Lesson() { // a lesson not recorded: its tags are none, read all the same
        };
        lesson.id = UUID.randomUUID();
        return lesson;
    }
}
