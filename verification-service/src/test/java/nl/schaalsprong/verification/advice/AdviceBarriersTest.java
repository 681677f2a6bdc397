package nl.schaalsprong.verification.advice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.verification.AreaStub;
import nl.schaalsprong.verification.advice.service.ComponentRefresher;
import nl.schaalsprong.verification.domain.Lesson;
import nl.schaalsprong.verification.domain.LessonBarrier;
import nl.schaalsprong.verification.messaging.KafkaTopics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Item 3 of issue 13 through Kafka and the API: lessons tagged with the barriers they lean on (LessonTagged v1's
 * {@code barriers}) are kept in the lesson read model, and the advice for a comparable buurt lists, per component,
 * the barriers standing in the way: each once, with the lessons leaning on it, a resolved one left out.
 */
@QuarkusTest
class AdviceBarriersTest {

    /** A tag family of its own, so the theme filter finds only this test's components. */
    static final String THEME = "drempeltest";
    static final String TAG = THEME + "/collectief-warmtenet";
    static final String OTHER_TAG = THEME + "/zonder-drempel";
    static final UUID WARMTEWET = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
    static final UUID BOUWBESLUIT = UUID.fromString("5d0b3a52-1c4e-4f2b-9a1d-3b8e2f6c7a01");

    @Inject
    ComponentRefresher refresher;

    @Test
    void theAdviceForAComparableBuurtNamesTheBarriersTheLessonsBehindAComponentLeanOn() {
        UUID first = tagged(TAG, """
                [{"barrierId":"%s","ruleNamed":"Warmtewet art. 2","level":"RIJK","status":"GESIGNALEERD"},
                 {"barrierId":"%s","ruleNamed":"Bouwbesluit 2012 art. 6.10","level":"RIJK","status":"OPGELOST"}]"""
                .formatted(WARMTEWET, BOUWBESLUIT), "2026-12-01T10:00:00Z");
        UUID second = tagged(TAG, """
                [{"barrierId":"%s","ruleNamed":"Warmtewet art. 2","level":"RIJK","status":"GEAGENDEERD"}]"""
                .formatted(WARMTEWET), "2026-12-02T10:00:00Z");
        tagged(OTHER_TAG, null, "2026-12-02T10:00:00Z"); // an event from before barriers: leans on none
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Lesson.findById(second) != null && Lesson.findById(first) != null));
        assertEquals(List.of(new LessonBarrier(WARMTEWET, "Warmtewet art. 2", LessonBarrier.Level.RIJK,
                        LessonBarrier.Status.GEAGENDEERD)),
                QuarkusTransaction.requiringNew().call(() -> Lesson.<Lesson>findById(second).barriers));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            refresher.refreshStale();
            return given().queryParam("area", AreaStub.TYPE_1_BUURT).queryParam("theme", THEME).when()
                    .get("/api/v1/advice").then().statusCode(200).extract().<Integer>path("total") == 2;
        });

        var advice = given().queryParam("area", AreaStub.TYPE_1_BUURT).queryParam("theme", THEME).when()
                .get("/api/v1/advice").then().statusCode(200);
        String component = "items.find { it.tag == '" + TAG + "' }";
        advice.body(component + ".barriers.size()", equalTo(1))
                .body(component + ".barriers[0].barrierId", equalTo(WARMTEWET.toString()))
                .body(component + ".barriers[0].ruleNamed", equalTo("Warmtewet art. 2"))
                .body(component + ".barriers[0].level", equalTo("RIJK"))
                // the status the later tagged lesson carried; the resolved Bouwbesluit is in nobody's way
                .body(component + ".barriers[0].status", equalTo("GEAGENDEERD"))
                .body(component + ".barriers[0].lessonIds", contains(sorted(first, second)))
                .body("items.find { it.tag == '" + OTHER_TAG + "' }.barriers", empty());
    }

    private static String[] sorted(UUID a, UUID b) {
        return List.of(a, b).stream().sorted().map(UUID::toString).toArray(String[]::new);
    }

    /** A LessonTagged v1 for a new lesson with {@code tag}; {@code barriers} null leaves the field out. */
    private static UUID tagged(String tag, String barriers, String taggedAt) {
        UUID lesson = UUID.randomUUID();
        KafkaTopics.send("schaalsprong.lessons", lesson.toString(), """
                {"specversion":"1.0","id":"%s","type":"nl.schaalsprong.lesson.tagged.v1",
                 "source":"/schaalsprong/lessons-service","time":"%s","subject":"%s",
                 "datacontenttype":"application/json","data":{
                 "lessonId":"%s","title":"Een warmtenet met vrijstelling","pilot":"Groningen, Paddepoel en Selwerd",
                 "proeftuinId":"groningen-paddepoel-en-selwerd","gemeenteCode":"GM0014","originBuurtCodes":["%s"],
                 "addedTags":["%s"],"tags":["%s"],"routes":["REPLICATIE"],"claimedLayer":"MENU",
                 "rightscaling":{"appliedAt":"BUURT","smallest":"BUURT","largest":"WIJK"},
                 "experimentConditions":["VRIJSTELLING"],"taggedAt":"%s","themes":["regelgeving"]%s}}"""
                .formatted(UUID.randomUUID(), OffsetDateTime.now(), lesson, lesson, AreaStub.ORIGIN, tag, tag,
                        taggedAt, barriers == null ? "" : ",\"barriers\":" + barriers));
        return lesson;
    }
}
