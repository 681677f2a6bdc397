package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.typology.service.ImportJobTransitions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A job a stopped process left RUNNING is marked FAILED at the next start. The start-up observer ran before this
 * test could insert anything, so the test plants a job as a killed process leaves it and runs the same step.
 */
@QuarkusTest
class ImportJobRecoveryTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ImportJobTransitions transitions;

    @Test
    void aJobLeftRunningByAStoppedProcessIsMarkedFailed() throws SQLException {
        UUID id = UUID.randomUUID();
        OffsetDateTime startedBeforeTheStop = OffsetDateTime.now().minusMinutes(10);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into import_job (id, source, year, mode, status, rows_read, created_at) "
                        + "values (?, 'CBS_KWB', 2024, 'APPLY_VALID', 'RUNNING', 4000, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, startedBeforeTheStop);
            insert.executeUpdate();
        }

        assertEquals(1, transitions.failInterrupted(OffsetDateTime.now().minusMinutes(1)));

        given().header("Authorization", TestTokens.bearer("steward"))
                .when().get("/api/v1/imports/" + id)
                .then().statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("failure", containsString("interrupted"))
                .body("progress.rowsRead", equalTo(4000))
                .body("finishedAt", notNullValue());
    }
}
