package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.platform.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypologyTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Typology running() {
        return Typology.start(UUID.randomUUID(), 1, new TypologyParameters(12, 42, "default"), T0);
    }

    @Test
    void runsThenDraftsThenPublishes() {
        Typology typology = running();
        typology.reportProgress(40);
        typology.reportProgress(30);
        assertEquals(40, typology.progress(), "progress never goes back");

        typology.complete(12, 0.31, 13_800, T0.plusSeconds(5));
        assertEquals(TypologyStatus.DRAFT, typology.status());
        assertEquals(100, typology.progress());

        typology.publish(T0.plusMinutes(1));
        assertEquals(TypologyStatus.PUBLISHED, typology.status());
        assertEquals(T0.plusMinutes(1), typology.publishedAt());
    }

    @Test
    void aPublishedTypologyIsImmutable() {
        Typology typology = running();
        typology.complete(12, 0.31, 13_800, T0);
        typology.publish(T0);

        assertThrows(ConflictException.class, () -> typology.publish(T0));
        assertThrows(ConflictException.class, () -> typology.reportProgress(100));
        assertThrows(ConflictException.class, () -> typology.fail("late", T0));
        assertThrows(ConflictException.class, () -> typology.complete(3, 0.1, 100, T0));
    }

    @Test
    void onlyADraftCanBePublished() {
        assertThrows(ConflictException.class, () -> running().publish(T0));
        Typology failed = running();
        failed.fail("out of memory", T0);
        assertEquals(TypologyStatus.FAILED, failed.status());
        assertThrows(ConflictException.class, () -> failed.publish(T0));
    }

    @Test
    void onlyTheProcessHoldingTheLeaseMayActOnARun() {
        Typology typology = running();
        typology.leaseTo("replica-a/1", T0.plusSeconds(30));

        typology.requireOwner("replica-a/1");
        ConflictException refused = assertThrows(ConflictException.class,
                () -> typology.requireOwner("replica-b/2"));
        assertTrue(refused.getMessage().contains("replica-a/1"), refused.getMessage());
        assertThrows(NullPointerException.class, () -> typology.requireOwner(null));
    }

    @Test
    void aRunFromBeforeLeasesHasNoOwnerAndIsAnyones() {
        running().requireOwner("replica-b/2");
    }

    @Test
    void parametersCheckThemselves() {
        assertThrows(IllegalArgumentException.class, () -> new TypologyParameters(1, 42, "default"));
        assertThrows(IllegalArgumentException.class, () -> new TypologyParameters(51, 42, "default"));
        assertThrows(IllegalArgumentException.class, () -> new TypologyParameters(null, 42, "Not A Name"));
        assertEquals(java.util.OptionalInt.empty(), new TypologyParameters(null, 42, "default").requestedK());
    }
}
