package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.PersistenceException;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
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
