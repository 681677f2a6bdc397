package nl.schaalsprong.lessons.search;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.lessons.TypologyStub;
import nl.schaalsprong.lessons.domain.LessonStatus;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Lessons for a buurt: typology over HTTP (a stub), lessons from the real index. */
@QuarkusTest
class NeighbourhoodLessonsTest {

    @Test
    void lessonsFromTheBuurtAndItsComparableBuurtenRankByTheSimilarityOfTheirOrigin() {
        UUID proeftuin = UUID.randomUUID();
        String own = Documents.lesson(proeftuin, "Hier geleerd", "tekst").origins(TypologyStub.BUURT).index().toString();
        String fair = Documents.lesson(proeftuin, "Redelijk vergelijkbaar", "tekst").minutes(5)
                .origins(TypologyStub.FAIR).index().toString();
        String close = Documents.lesson(proeftuin, "Zeer vergelijkbaar", "tekst").minutes(1)
                .origins(TypologyStub.CLOSE).index().toString();
        String closeNewer = Documents.lesson(proeftuin, "Uit twee buurten", "tekst").minutes(2)
                .origins(TypologyStub.FAR, TypologyStub.CLOSE).index().toString();
        Documents.lesson(proeftuin, "Nog concept", "tekst").origins(TypologyStub.CLOSE)
                .status(LessonStatus.DRAFT).index();
        String far = Documents.lesson(proeftuin, "Weinig vergelijkbaar", "tekst").minutes(9)
                .origins(TypologyStub.FAR).index().toString();
        Documents.lesson(proeftuin, "Elders", "tekst").origins("BU01630408").index();

        given().when().get("/api/v1/neighbourhoods/" + TypologyStub.BUURT + "/lessons")
                .then().statusCode(200)
                .body("buurt", equalTo(TypologyStub.BUURT))
                .body("total", equalTo(5))
                .body("items.lesson.id", contains(own, closeNewer, close, fair, far))
                .body("items.originBuurtCode", contains(TypologyStub.BUURT, TypologyStub.CLOSE, TypologyStub.CLOSE,
                        TypologyStub.FAIR, TypologyStub.FAR))
                .body("items.similarity", contains(1.0f, 0.95f, 0.95f, 0.9f, 0.6f));

        // Fewer comparable buurten, and pages.
        given().queryParam("comparable", 2).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/neighbourhoods/" + TypologyStub.BUURT + "/lessons")
                .then().statusCode(200).body("total", equalTo(3)).body("items.lesson.id", contains(close));
    }

    @Test
    void typologyDownIsA503Problem() {
        given().when().get("/api/v1/neighbourhoods/" + TypologyStub.DOWN + "/lessons")
                .then().statusCode(503).contentType(startsWith("application/problem+json"))
                .header("Retry-After", org.hamcrest.Matchers.notNullValue()).body("status", equalTo(503));
    }

    @Test
    void aBuurtTypologyDoesNotKnowIsA404AndNoBuurtCodeA400() {
        given().when().get("/api/v1/neighbourhoods/BU01630408/lessons")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/neighbourhoods/GM0014/lessons")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().queryParam("comparable", 101).when().get("/api/v1/neighbourhoods/" + TypologyStub.BUURT + "/lessons")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
