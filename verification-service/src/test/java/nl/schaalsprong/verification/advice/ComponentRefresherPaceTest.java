package nl.schaalsprong.verification.advice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.advice.service.ComponentRefresher;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import nl.schaalsprong.verification.service.EvidenceSources;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The refresh's pace (advice/domain/RefreshPace) on the real PostgreSQL: a large tag tagged again and again within
 * the interval is derived once and stays stale, then derived once more, with every change, when the interval has
 * passed; a small tag is derived after each change. "The interval has passed" is a refresher whose Clock is that
 * much later, not a wait; the test profile's interval (1 h) keeps the scheduled refresh, on the real clock, from
 * deriving the large tag meanwhile.
 */
@QuarkusTest
class ComponentRefresherPaceTest {

    @Inject
    EntityManager entityManager;
    @Inject
    Event<LessonTagsKnown> tagsKnown;
    @Inject
    ComponentRefresher refresher;
    @Inject
    EvidenceSources sources;
    @Inject
    EvidenceRules rules;
    @Inject
    Clock clock;
    @ConfigProperty(name = "schaalsprong.verification.advice.refresh.min-interval")
    Duration interval;
    @ConfigProperty(name = "schaalsprong.verification.advice.refresh.per-lesson")
    Duration perLesson;
    @ConfigProperty(name = "schaalsprong.verification.advice.refresh.paced-from-lessons")
    int large;

    @Test
    void aLargeTagChangedAgainAndAgainWithinTheIntervalIsDerivedOnceThenAgainOnceTheIntervalHasPassed() {
        String tag = tag();
        tagged(tag, large); // in one transaction, so its first derivation, due at once, has all of them
        refresher.refreshStale();
        assertEquals(large, derivedLessons(tag));
        long firstDerivation = derivedAt(tag);

        for (int change = 1; change <= 3; change++) {
            tagged(tag, 1);
            refresher.refreshStale();
            assertEquals(large, derivedLessons(tag), "change " + change + " is not derived within the interval");
            assertEquals(firstDerivation, derivedAt(tag));
            assertTrue(stale(tag), "change " + change + " waits, marked");
        }

        ComponentRefresher intervalLater = new ComponentRefresher(entityManager, sources, rules,
                Clock.offset(clock, interval), interval, perLesson, large, 1, Duration.ZERO);
        intervalLater.refreshStale();
        assertEquals(large + 3, derivedLessons(tag), "derived again with every change it waited for");
        assertFalse(stale(tag));
    }

    @Test
    void aSmallTagIsDerivedAfterEachChange() {
        String tag = tag();
        for (int lessons = 1; lessons <= 3; lessons++) {
            tagged(tag, 1);
            refresher.refreshStale();
            assertEquals(lessons, derivedLessons(tag));
        }
    }

    @Test
    void aChangeCommittedWhileItsTagIsDerivedStaysMarkedForTheNextRound() {
        String tag = tag();
        tagged(tag, 1);
        // A tag consumer commits one more lesson after the derivation read the tag's lessons, before it ends.
        ComponentRefresher racing = new ComponentRefresher(entityManager, sources, rules, clock, interval, perLesson, large,
                1, Duration.ZERO) {
            @Override
            protected void refresh(String derived) {
                super.refresh(derived);
                if (derived.equals(tag)) {
                    tagged(tag, 1);
                }
            }
        };
        racing.refreshStale();
        assertEquals(1, derivedLessons(tag), "the derivation saw the one lesson there was when it read");
        assertTrue(stale(tag), "the change committed meanwhile is still marked");

        refresher.refreshStale();
        assertEquals(2, derivedLessons(tag), "and is derived in the next round");
        assertFalse(stale(tag));
    }

    @Test
    void aTagAnotherDerivationHasUnderWayIsWaitedForSoOnReturnItIsDerived() throws Exception {
        String tag = tag();
        // Another replica deriving the tag holds the tag's lock (taken before the change, so the scheduled refresh
        // cannot take the tag first) until let go.
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('advice_stale_tag'), hashtext(:tag))")
                    .setParameter("tag", tag).getSingleResult();
            holding.countDown();
            await(letGo);
        }));
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the other derivation holds the tag");
        tagged(tag, 1);

        // What a caller of refreshStale sees the moment it returns.
        CompletableFuture<Integer> ours = CompletableFuture.supplyAsync(() -> {
            refresher.refreshStale();
            return number("select coalesce(max(lessons), 0) from advice_component where tag = :tag", tag).intValue();
        });
        try {
            ours.get(1, TimeUnit.SECONDS); // one that skips the tag returns at once, the tag not derived
        } catch (TimeoutException waiting) {
            // as it should be: it waits for the other derivation to end
        }
        letGo.countDown();
        other.get(30, TimeUnit.SECONDS);
        assertEquals(1, ours.get(30, TimeUnit.SECONDS), "derived when refreshStale returned");
        assertFalse(stale(tag));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String tag() {
        return "tempotest/tag-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** New lessons tagged with the tag, as the tag consumer records them, in one transaction. */
    private void tagged(String tag, int lessons) {
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(lessons).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("insert into lesson (id, origin_buurt_codes, routes, experiment_conditions,"
                            + " last_event_id, updated_at) select id, '[\"BU03630201\"]', '[\"REPLICATIE\"]', '[]',"
                            + " 'test', now() from unnest(cast(:ids as uuid[])) id")
                    .setParameter("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).executeUpdate();
            ids.forEach(id -> tagsKnown.fire(new LessonTagsKnown(id, List.of(tag), OffsetDateTime.now(clock))));
        });
    }

    private int derivedLessons(String tag) {
        return number("select lessons from advice_component where tag = :tag", tag).intValue();
    }

    private long derivedAt(String tag) {
        return number("select cast(extract(epoch from refreshed_at) * 1000000 as bigint) from advice_component"
                + " where tag = :tag", tag).longValue();
    }

    private boolean stale(String tag) {
        return number("select count(*) from advice_stale_tag where tag = :tag", tag).intValue() > 0;
    }

    private Number number(String sql, String tag) {
        return QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(sql)
                .setParameter("tag", tag).getSingleResult());
    }
}
