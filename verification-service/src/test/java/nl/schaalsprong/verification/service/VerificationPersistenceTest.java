package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.PersistenceException;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Comparison;
import nl.schaalsprong.verification.domain.Criterion;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import nl.schaalsprong.verification.domain.LessonIndicatorPolicy;
import nl.schaalsprong.verification.domain.Selection;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the database itself guarantees and accepts, independent of the application's checks. */
@QuarkusTest
class VerificationPersistenceTest {

    @Test
    void aLessonCannotHaveTwoVerificationsInTheSameBuurt() {
        UUID lesson = UUID.randomUUID();
        ComparableBuurt kinkerbuurt = new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93);
        QuarkusTransaction.requiringNew().run(() ->
                Verification.suggest(lesson, kinkerbuurt, "event-1", OffsetDateTime.now()).persist());

        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Verification.suggest(lesson, kinkerbuurt, "event-2", OffsetDateTime.now()).persistAndFlush()));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Verification.count("lessonId", lesson)));
    }

    static final Clock CLOCK = Clock.systemUTC();
    static final SuccessCriteria CRITERIA = new SuccessCriteria(List.of(new Criterion("aandeel huishoudens bereikt",
            Comparison.AT_LEAST, 60, "%", LocalDate.of(2027, 6, 30))));

    private static Verification stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Verification.<Verification>findById(id));
    }

    private static UUID accepted() {
        Verification verification = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), "event-1", OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(() -> {
            verification.accept(CRITERIA, "gemeente-amsterdam", CLOCK);
            verification.persist();
        });
        return verification.id;
    }

    private static int execute(String sql, UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Verification.getEntityManager().createNativeQuery(sql)
                .setParameter("id", id).executeUpdate());
    }

    @Test
    void aNominationIsStoredAsChosenByTheGemeenteAndNeverExploratory() {
        Verification nominated = Verification.nominate(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.81), "tagged-1", CRITERIA,
                LessonIndicatorPolicy.none(), "gemeente-amsterdam", CLOCK);
        QuarkusTransaction.requiringNew().run(() -> nominated.persist());
        assertEquals(Selection.NOMINATED, stored(nominated.id).selection());
        assertEquals(Selection.SUGGESTED, stored(accepted()).selection(), "the column's default for the others");
        assertThrows(PersistenceException.class,
                () -> execute("update verification set exploratory = true where id = :id", nominated.id));
    }

    @Test
    void frozenCriteriaCannotBeChangedEvenInSql() {
        UUID id = accepted();
        assertThrows(PersistenceException.class, () -> execute("update verification set criteria = "
                + "'[{\"indicator\":\"x\",\"comparison\":\"AT_LEAST\",\"threshold\":1,\"unit\":\"%\",\"measuredOn\":\"2030-01-01\"}]'::jsonb "
                + "where id = :id", id));
        assertThrows(PersistenceException.class, () -> execute("update verification set accepted_at = now() where id = :id", id));
        assertEquals(CRITERIA, stored(id).criteria().orElseThrow());
        // Other columns of an accepted verification may still change: concluding is an update too.
        assertEquals(1, execute("update verification set target_buurt_name = 'Kinkerbuurt-Noord' where id = :id", id));
    }

    @Test
    void aConcludedVerificationCannotBeChangedOrDeletedEvenInSql() {
        UUID id = accepted();
        QuarkusTransaction.requiringNew().run(() -> Verification.<Verification>findById(id).conclude(
                Map.of("aandeel huishoudens bereikt", 71.0), List.of(), List.of(), "gemeente-amsterdam", CLOCK));
        assertEquals(Outcome.CONFIRMED, stored(id).outcome());

        assertThrows(PersistenceException.class, () -> execute("update verification set outcome = 'NOT_CONFIRMED' where id = :id", id));
        assertThrows(PersistenceException.class, () -> execute("update verification set target_buurt_name = 'x' where id = :id", id));
        assertThrows(PersistenceException.class, () -> execute("delete from verification where id = :id", id));
        assertEquals(Outcome.CONFIRMED, stored(id).outcome());
    }

    @Test
    void aStatusNeedsWhatItsStepRecords() {
        Verification verification = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), "event-1", OffsetDateTime.now());
        QuarkusTransaction.requiringNew().run(verification::persist);
        assertThrows(PersistenceException.class, () -> execute("update verification set status = 'ACCEPTED' where id = :id",
                verification.id));
        assertThrows(PersistenceException.class, () -> execute("update verification set status = 'MAYBE' where id = :id",
                verification.id));
    }

    @Test
    void aBuurtCodeWithAmsterdamsLettersIsStoredWithItsGemeente() {
        UUID lesson = UUID.randomUUID();
        ComparableBuurt buurt = new ComparableBuurt(new BuurtCode("BU0363AF03"), "Kinkerbuurt", 0.9);
        QuarkusTransaction.requiringNew().run(() ->
                Verification.suggest(lesson, buurt, "event-1", OffsetDateTime.now()).persistAndFlush());
        Verification stored = QuarkusTransaction.requiringNew().call(() ->
                Verification.<Verification>find("lessonId", lesson).singleResult());
        assertEquals("GM0363", stored.targetGemeenteCode);
    }
}
