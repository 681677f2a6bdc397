package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.lessons.domain.search.LessonDocument;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LessonDocumentTest {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:00:00Z");

    static LessonDocument document(LessonStatus status, String title, Set<String> tags, String proeftuin,
                                   String proeftuinName, List<BuurtCode> origins, OffsetDateTime publishedAt) {
        return new LessonDocument(UUID.randomUUID(), status, title, "les", null, null, null, null, null, null, tags,
                proeftuin, proeftuinName, null, origins, NOW, publishedAt);
    }

    @Test
    void tagsAreLowerCasedAndMissingTextsAreEmpty() {
        LessonDocument document = document(LessonStatus.DRAFT, "Titel", Set.of(" Participatie/Keukentafelgesprekken"),
                null, null, List.of(), null);
        assertEquals(Set.of("participatie/keukentafelgesprekken"), document.tags());
        assertEquals("", document.recommendation());
        assertEquals(Set.of(), document.themes());
    }

    @Test
    void anIndexedLessonIsWholeAndConsistent() {
        assertThrows(RuleViolationException.class,
                () -> document(LessonStatus.DRAFT, " ", Set.of(), null, null, List.of(), null));
        assertThrows(RuleViolationException.class,
                () -> document(LessonStatus.DRAFT, "T", Set.of("geen tag!"), null, null, List.of(), null));
        assertThrows(RuleViolationException.class,
                () -> document(LessonStatus.DRAFT, "T", Set.of(), "groningen-paddepoel-en-selwerd", null, List.of(), null));
        assertThrows(RuleViolationException.class,
                () -> document(LessonStatus.DRAFT, "T", Set.of(), "Geen Slug", "Naam", List.of(), null));
        assertThrows(RuleViolationException.class, () -> document(LessonStatus.DRAFT, "T", Set.of(), null, null,
                List.of(BuurtCode.of("BU00140000"), BuurtCode.of("BU00140000")), null));
        assertThrows(RuleViolationException.class,
                () -> document(LessonStatus.PUBLISHED, "T", Set.of(), null, null, List.of(), null));
    }
}
