package nl.schaalsprong.verification.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.advice.service.ComponentRefresher;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceDerivation;
import nl.schaalsprong.verification.domain.evidence.EvidenceHeadline;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationTally;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tag's verifications are read as a stream on the real PostgreSQL (issue 15: a hot tag's 180,610 rows, read at
 * once, exhausted the heap), and what is derived from the stream is what the list of every verification gives.
 * Two lessons of one tag, each with more verifications than a fetch brings, in the same buurten, one lesson's origin
 * among the other's buurten.
 */
@QuarkusTest
class TagEvidenceStreamingTest {

    /** More than one fetch per lesson, so the portal still holds rows when the first lesson's rows end. */
    private static final int PER_LESSON = EvidenceSources.FETCH_SIZE + 10;

    @Inject
    EntityManager entityManager;
    @Inject
    EvidenceSources sources;
    @Inject
    EvidenceService evidence;
    @Inject
    EvidenceRules rules;
    @Inject
    ComponentRefresher refresher;
    @Inject
    Event<LessonTagsKnown> tagsKnown;
    @Inject
    Clock clock;

    private final String tag = "streamtest/tag-" + UUID.randomUUID().toString().substring(0, 8);
    private final String types = "Stroom-" + tag.substring(15) + "-";
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();

    @BeforeEach
    void aTagOfTwoLessons() {
        EvidenceTestData data = new EvidenceTestData(entityManager);
        data.lesson(first, List.of("BU00110001"), List.of("PIONIERS"));
        data.lesson(second, List.of("BU00400040"), List.of());
        data.verifications(first, PER_LESSON, types);
        data.verifications(second, PER_LESSON, types);
        // Tagged once the verifications are there, so the advice's refresh the tagging marks sees all of them.
        QuarkusTransaction.requiringNew().run(() -> List.of(first, second).forEach(lesson ->
                tagsKnown.fire(new LessonTagsKnown(lesson, List.of(tag), OffsetDateTime.now()))));
    }

    @Test
    void theRowsComeThroughAnOpenPortalAFetchAtATimeNotAllAtOnce() {
        QuarkusTransaction.requiringNew().run(() -> {
            List<Number> portalsWhileReading = new ArrayList<>();
            List<Integer> handedOver = new ArrayList<>();
            sources.tallyPerLesson(List.of(first, second), tag, (lesson, tally) -> {
                handedOver.add(tally.size());
                portalsWhileReading.add(openPortals());
            });
            assertEquals(List.of(PER_LESSON, PER_LESSON), handedOver, "each lesson whole, one at a time");
            assertEquals(1, portalsWhileReading.get(0).intValue(),
                    "the first lesson is handed over while the second's rows still wait in the server's portal");
            assertEquals(0, openPortals().intValue(), "the portal is closed once read");
        });
    }

    @Test
    void theStreamedTagEvidenceIsWhatEveryVerificationHeldAtOnceGives() throws Exception {
        Map<UUID, List<VerificationFact>> facts = QuarkusTransaction.requiringNew().call(() ->
                Map.of(first, sources.verifications(first), second, sources.verifications(second)));
        Map<UUID, LessonFacts> lessons = QuarkusTransaction.requiringNew().call(() ->
                sources.lessons(List.of(first, second)));
        List<VerificationFact> all = new ArrayList<>(facts.get(first));
        all.addAll(facts.get(second));
        Evidence expected = EvidenceDerivation.derive(rules, LessonFacts.pooled(
                UUID.nameUUIDFromBytes(tag.getBytes(StandardCharsets.UTF_8)), lessons.values()), all);
        assertEquals(2 * PER_LESSON, all.size());

        EvidenceService.TagEvidence streamed = evidence.forTag(tag);
        assertEquals(expected, streamed.pooled());
        for (EvidenceService.TagLesson lesson : streamed.lessons()) {
            assertEquals(EvidenceHeadline.of(EvidenceDerivation.derive(rules, lessons.get(lesson.lessonId()),
                    facts.get(lesson.lessonId()))), lesson.evidence(), "lesson " + lesson.lessonId());
        }
        assertTrue(expected.counts().confirmed() > 0 && expected.counts().notConfirmed() > 0, expected.toString());
        assertEquals(VerificationTally.of(all), QuarkusTransaction.requiringNew().call(() ->
                sources.tallyOf(List.of(first, second), tag)));

        refresher.refreshStale();
        String stored = new ObjectMapper().writeValueAsString(expected);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                        "select evidence = cast(:expected as jsonb) from advice_component where tag = :tag")
                .setParameter("expected", stored).setParameter("tag", tag).getSingleResult()),
                "the advice's refresh stores the same evidence");
    }

    /**
     * The advice's derivation pauses as it reads the tag's verifications (advice/domain/RefreshYield), once for every
     * so many rows, and what it derives is what an unpaused read gives.
     */
    @Test
    void theAdvicesDerivationPausesAsItReadsTheTagsVerificationsAndDerivesTheSame() {
        List<Duration> pauses = new ArrayList<>();
        Duration pause = Duration.ofSeconds(7); // counted, not waited out
        var yielding = new ComponentRefresher(entityManager, sources, rules, clock, Duration.ofHours(1),
                Duration.ofMillis(10), 100, 500, pause) {
            @Override
            protected void pause(Duration pause) {
                pauses.add(pause);
            }

            void derive(String derived) {
                refresh(derived);
            }
        };
        QuarkusTransaction.requiringNew().run(() -> {
            // Held as a derivation holds it, so the scheduled refresh does not derive the tag beside this one.
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('advice_stale_tag'), hashtext(:tag))")
                    .setParameter("tag", tag).getSingleResult();
            yielding.derive(tag);
        });
        assertEquals(Collections.nCopies(2 * PER_LESSON / 500, pause), pauses, "a pause after every 500 of the "
                + 2 * PER_LESSON + " rows");

        List<Long> told = new ArrayList<>();
        VerificationTally paced = QuarkusTransaction.requiringNew().call(() ->
                sources.tallyOf(List.of(first, second), tag, told::add));
        assertEquals(LongStream.rangeClosed(1, 2 * PER_LESSON).boxed().toList(), told, "told after every row");
        assertEquals(QuarkusTransaction.requiringNew().call(() -> sources.tallyOf(List.of(first, second), tag)), paced);
    }

    /** Portals the driver opened in this session (named; a query's own unnamed one is not counted). */
    private Number openPortals() {
        return (Number) entityManager.createNativeQuery("select count(*) from pg_cursors where name <> ''")
                .getSingleResult();
    }
}
