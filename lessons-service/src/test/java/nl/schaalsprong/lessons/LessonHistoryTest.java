package nl.schaalsprong.lessons;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every change is kept as a version with who and when; a revision made on a stale version is refused. */
@QuarkusTest
class LessonHistoryTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyChangeIsAVersionWithWhoWhenAndTheLessonAfterIt() {
        String id = Lessons.record(Lessons.COMPLETE);
        revise(id, "\"0\"", Lessons.COMPLETE.replace("Keukentafelgesprekken verhogen", "Gesprekken verhogen"))
                .statusCode(200).header("ETag", equalTo("\"1\""));
        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "PUBLISHED", "steward").statusCode(200);
        Lessons.tag(id, "[\"techniek/warmtenet\"]").statusCode(200);

        var history = given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id + "/history").then().statusCode(200)
                .body("version", contains(0, 1, 2, 3, 4))
                .body("change", contains("recorded", "revised", "status:IN_REVIEW", "status:PUBLISHED",
                        "tagged:techniek/warmtenet"))
                .body("status", contains("DRAFT", "DRAFT", "IN_REVIEW", "PUBLISHED", "PUBLISHED"))
                .body("changedBy", contains("test-contributor", "test-contributor", "test-contributor", "test-user", "test-contributor"))
                .body("[0].snapshot.content.title", equalTo("Keukentafelgesprekken verhogen de deelname"))
                .body("[1].snapshot.content.title", equalTo("Gesprekken verhogen de deelname"))
                .body("[1].snapshot.version", equalTo(1))
                .body("[4].snapshot.tags", contains("techniek/warmtenet"))
                .extract().jsonPath();
        List<String> when = history.getList("changedAt");
        for (int i = 1; i < when.size(); i++) {
            assertFalse(OffsetDateTime.parse(when.get(i)).isBefore(OffsetDateTime.parse(when.get(i - 1))), "in order");
        }
    }

    @Test
    void aStaleRevisionIsA409AndChangesNothing() {
        String id = Lessons.record(Lessons.COMPLETE);
        revise(id, "\"0\"", Lessons.COMPLETE.replace("de deelname", "de opkomst")).statusCode(200);
        revise(id, "\"0\"", Lessons.COMPLETE.replace("de deelname", "het draagvlak"))
                .statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("version 1, not 0"));
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id).then()
                .body("content.title", equalTo("Keukentafelgesprekken verhogen de opkomst"));
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id + "/history").then().body("version", contains(0, 1));
    }

    /**
     * Two authors revise the same version at once. Whichever way the requests interleave, exactly one wins: the
     * other is refused either by the version check before writing or by the database's version check on it.
     */
    @Test
    void ofTwoConcurrentRevisionsOfOneVersionExactlyOneWins() throws Exception {
        String id = Lessons.record(Lessons.COMPLETE);
        ExecutorService authors = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = authors.invokeAll(List.<Callable<Integer>>of(
                    () -> revise(id, "\"0\"", Lessons.COMPLETE.replace("de deelname", "de opkomst")).extract().statusCode(),
                    () -> revise(id, "\"0\"", Lessons.COMPLETE.replace("de deelname", "het draagvlak")).extract().statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            authors.shutdown();
        }
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id + "/history").then().body("version", contains(0, 1));
    }

    @Test
    void aRevisionMustSayWhichVersionItWasMadeOn() {
        String id = Lessons.record(Lessons.COMPLETE);
        given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor())
                .body(Lessons.COMPLETE).when().put("/api/v1/lessons/" + id)
                .then().statusCode(428).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("If-Match"));
        revise(id, "\"zero\"", Lessons.COMPLETE).statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aPublishedLessonIsNotRevisedInPlace() {
        String id = Lessons.publish(Lessons.COMPLETE);
        revise(id, "\"2\"", Lessons.COMPLETE).statusCode(409).contentType(startsWith("application/problem+json"))
                .body("detail", containsString("PUBLISHED"));
    }

    @Test
    void theHistoryIsAppendOnlyInTheDatabaseToo() throws SQLException {
        String id = Lessons.record(Lessons.COMPLETE);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update lesson_version set changed_by = 'someone else' where lesson_id = '" + id + "'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from lesson_version where lesson_id = '" + id + "'"));
        }
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/" + id + "/history").then().body("changedBy", contains("test-contributor"));
    }

    @Test
    void theHistoryOfAnUnknownLessonIsA404() {
        given().header("Authorization", Lessons.contributor()).when().get("/api/v1/lessons/7a1c9d9e-0000-4000-8000-000000000001/history")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    private static ValidatableResponse revise(String id, String ifMatch, String body) {
        return given().contentType(ContentType.JSON).header("Authorization", Lessons.contributor())
                .header("If-Match", ifMatch).body(body).when().put("/api/v1/lessons/" + id).then();
    }
}
