package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.advice.service.ComponentRefresher;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import nl.schaalsprong.verification.domain.learning.TransferExample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A verification of a whole wijk or gemeente (a lesson of that scale, V101) is a place the lesson was tried, but no
 * buurt: the advice's places are buurten, and learning fits the buurt basis' weights on comparisons of two buurten.
 */
@QuarkusTest
class AreaTargetsTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    EntityManager entityManager;
    @Inject
    EvidenceSources sources;
    @Inject
    ComponentRefresher refresher;
    @Inject
    Event<LessonTagsKnown> tagsKnown;

    EvidenceTestData data;

    @BeforeEach
    void data() {
        data = new EvidenceTestData(entityManager);
    }

    @Test
    void aWholeWijkOrGemeenteIsNoAdvicePlaceButCountsForTheLessonsEvidence() {
        String tag = "warmte/gebied-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = UUID.randomUUID();
        data.lesson(lesson, List.of("BU00140000"), List.of());
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW)
                .concluded("CONFIRMED", NOW.plusMonths(6)));
        data.verification(lesson, EvidenceTestData.Row.suggested("WK059902", null, NOW)
                .concluded("CONFIRMED", NOW.plusMonths(6)));
        data.verification(lesson, EvidenceTestData.Row.suggested("GM0772", null, NOW).declined(NOW.plusDays(3)));
        QuarkusTransaction.requiringNew().run(() -> tagsKnown.fire(new LessonTagsKnown(lesson, List.of(tag), NOW)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            refresher.refreshStale();
            assertEquals(List.of("BU03630105"), places(tag));
        });
        // The lesson's own evidence counts the confirmed wijk as a place, once, like a buurt.
        given().when().get("/api/v1/evidence/lessons/" + lesson).then().statusCode(200)
                .body("confirmationRate.decisive", equalTo(2)).body("confirmationRate.confirmed", equalTo(2));
    }

    @Test
    void aWholeWijkOrGemeenteNeverFeedsLearningOfTheComparabilityWeights() {
        String basis = "gebied-" + UUID.randomUUID().toString().substring(0, 8);
        UUID lesson = UUID.randomUUID();
        data.lesson(lesson, List.of("BU00140000"), List.of());
        data.verification(lesson, EvidenceTestData.Row.suggested("BU03630105", "Stedelijk", NOW)
                .on(basis, Map.of("STEDELIJKHEID", 0.2), 0.8).concluded("CONFIRMED", NOW.plusMonths(6)));
        data.verification(lesson, EvidenceTestData.Row.suggested("WK059902", null, NOW)
                .on(basis, Map.of("STEDELIJKHEID", 0.4), 0.7).concluded("NOT_CONFIRMED", NOW.plusMonths(6)));
        UUID gemeente = data.verification(lesson, EvidenceTestData.Row.suggested("GM0772", null, NOW)
                .on(basis, Map.of("STEDELIJKHEID", 0.9), 0.6).declined(NOW.plusDays(3)));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update verification set"
                        + " decline_kind = 'DIMENSION_DIFFERS', decline_dimension = 'STEDELIJKHEID' where id = :id")
                .setParameter("id", gemeente).executeUpdate());

        List<TransferExample> examples = QuarkusTransaction.requiringNew().call(() -> sources.examples(basis));
        assertEquals(1, examples.size(), examples.toString());
        assertEquals(0.8, examples.get(0).similarity(), 1e-9);
        assertEquals(Map.of("STEDELIJKHEID", 0.2), examples.get(0).differences());
    }

    private List<String> places(String tag) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select buurt_code from advice_place where tag = :tag order by buurt_code", String.class)
                .setParameter("tag", tag).getResultList());
    }
}
