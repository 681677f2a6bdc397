package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.client.lessons.api.LessonsApi;
import nl.schaalsprong.client.lessons.model.Lesson;
import nl.schaalsprong.client.lessons.model.LessonContent;
import nl.schaalsprong.client.lessons.model.LessonEvidence;
import nl.schaalsprong.client.lessons.model.LessonStatus;
import nl.schaalsprong.client.lessons.model.TagRequest;
import nl.schaalsprong.client.lessons.model.TransitionRequest;
import nl.schaalsprong.client.typology.api.NeighbourhoodsApi;
import nl.schaalsprong.client.typology.model.ComparableNeighbourhoods;
import nl.schaalsprong.client.verification.api.AdviceApi;
import nl.schaalsprong.client.verification.api.EvidenceApi;
import nl.schaalsprong.client.verification.api.VerificationsApi;
import nl.schaalsprong.client.verification.model.AcceptRequest;
import nl.schaalsprong.client.verification.model.Advice;
import nl.schaalsprong.client.verification.model.ConcludeRequest;
import nl.schaalsprong.client.verification.model.PageVerificationView;
import nl.schaalsprong.client.verification.model.Verification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's demo flow through Java clients generated from the published documents (docs/openapi/, by
 * openapi-generator, see the launcher's pom) and nothing else: record a lesson, have it reviewed and published with
 * If-Match, tag it, list its suggestions, accept and conclude one, read the evidence and the advice. Their
 * ObjectMapper fails on a field the document does not declare, so any drift between a document and what its service
 * answers fails here, as it would for a gemeente's own generated client.
 */
class GeneratedClientIT {

    private static final String COMPONENT = "participatie/keukentafelgesprekken";

    private static LocalSuite suite;
    private static SuiteClient tokens;

    @BeforeAll
    static void startSuite() {
        suite = LocalSuite.start(SuiteSettings.forTests(SuiteSettings.locateRoot()));
        tokens = new SuiteClient(suite);
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void theDemoFlowRunsThroughTheGeneratedClients() throws Exception {
        LessonsApi asContributor = new LessonsApi(lessonsClient(tokens.contributor()));
        LessonsApi asSteward = new LessonsApi(lessonsClient(tokens.steward()));
        ObjectMapper strict = strict();

        LessonContent content = strict.readValue(DemoLesson.BODY, LessonContent.class);
        Lesson recorded = asContributor.recordLesson(content, null);
        UUID lessonId = recorded.getId();
        assertEquals(LessonStatus.DRAFT, recorded.getStatus());

        var reviewed = asContributor.transitionLessonWithHttpInfo(lessonId,
                new TransitionRequest().to(LessonStatus.IN_REVIEW), null);
        String version = reviewed.getHeaders().get("etag").get(0);
        Lesson published = asSteward.transitionLesson(lessonId, new TransitionRequest().to(LessonStatus.PUBLISHED),
                version);
        assertEquals(LessonStatus.PUBLISHED, published.getStatus());
        Lesson tagged = asContributor.tagLesson(lessonId, new TagRequest().tags(List.of(COMPONENT)));
        assertTrue(tagged.getTags().contains(COMPONENT), "tagged: " + tagged.getTags());

        VerificationsApi verifications = new VerificationsApi(verificationClient(tokens.steward()));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                verifications.listVerifications(null, lessonId.toString(), 0, 100, null).getItems().size()
                        == SuiteClient.SUGGESTIONS_PER_LESSON);
        PageVerificationView suggestions = verifications.listVerifications(null, lessonId.toString(), 0, 1, null);
        Verification suggested = suggestions.getItems().get(0);

        AcceptRequest accept = strict.readValue("""
                {"criteria":[{"indicator":"%s","comparison":"AT_LEAST","threshold":30,"unit":"%%","measuredOn":"%s"}]}"""
                .formatted(DemoLesson.INDICATOR, LocalDate.now(ZoneOffset.UTC).plusMonths(6)), AcceptRequest.class);
        Verification accepted = verifications.acceptVerification(suggested.getId(), accept);
        assertEquals("ACCEPTED", accepted.getStatus().getValue());
        ConcludeRequest conclude = strict.readValue("""
                {"results":[{"indicator":"%s","measuredValue":42}],"adaptations":["voorlichting per bouwblok"],
                 "conditionsPresent":[]}""".formatted(DemoLesson.INDICATOR), ConcludeRequest.class);
        Verification concluded = verifications.concludeVerification(suggested.getId(), conclude);
        assertEquals("CONFIRMED", concluded.getOutcome().getValue());

        LessonsApi anyone = new LessonsApi(lessonsClient(null));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() ->
                anyone.getLessonEvidence(lessonId).getCounts().getConfirmed() == 1);
        LessonEvidence evidence = anyone.getLessonEvidence(lessonId);
        assertNotNull(evidence.getLevel());
        var records = new EvidenceApi(verificationClient(null)).getLessonEvidenceRecords(lessonId);
        assertEquals(lessonId, records.getLessonId());

        ComparableNeighbourhoods comparable = new NeighbourhoodsApi(typologyClient())
                .listComparableNeighbourhoods(DemoLesson.ORIGIN, null, null, null, null, null, 10, null);
        assertFalse(comparable.getComparable().isEmpty());
        String buurt = suggested.getTargetBuurtCode();
        AdviceApi advice = new AdviceApi(verificationClient(null));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                advice.listAdvice(buurt, null, 0, null, 50, "participatie").getItems().stream()
                        .anyMatch(item -> COMPONENT.equals(item.getTag())));
        Advice answer = advice.listAdvice(buurt, null, 0, null, 50, "participatie");
        assertEquals(buurt, answer.getArea().getCode());
    }

    /** Unknown fields fail: the document must declare everything the service answers. */
    private static ObjectMapper strict() {
        return new nl.schaalsprong.client.lessons.ApiClient().getObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    private static Consumer<HttpRequest.Builder> bearer(String authorization) {
        return builder -> {
            if (authorization != null) {
                builder.header("Authorization", authorization);
            }
        };
    }

    private static nl.schaalsprong.client.lessons.ApiClient lessonsClient(String authorization) {
        var client = new nl.schaalsprong.client.lessons.ApiClient();
        client.updateBaseUri(suite.lessons().url());
        client.setRequestInterceptor(bearer(authorization));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    private static nl.schaalsprong.client.verification.ApiClient verificationClient(String authorization) {
        var client = new nl.schaalsprong.client.verification.ApiClient();
        client.updateBaseUri(suite.verification().url());
        client.setRequestInterceptor(bearer(authorization));
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }

    private static nl.schaalsprong.client.typology.ApiClient typologyClient() {
        var client = new nl.schaalsprong.client.typology.ApiClient();
        client.updateBaseUri(suite.typology().url());
        client.getObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        return client;
    }
}
