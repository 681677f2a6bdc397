package nl.schaalsprong.typology.rest;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.local.TestTokens;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.SameSnapshot;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 10 (session 14): an import of figure values alone has its snapshot revised from the one in service instead of
 * built whole. The snapshot its SUCCEEDED is served must be exactly what a whole build gives (every value, every
 * scaling, search answers), including the LOG and SHARE dimensions drawn on the imported figures; and when another
 * change committed in between (here "another replica": plain SQL raising the index version), the import must not
 * revise a snapshot that lacks that change.
 */
@QuarkusTest
class ImportRevisesSnapshotTest {

    private static final DimensionKey INWONERS = DimensionKey.of("AANTAL_INWONERS");
    private static final DimensionKey DICHTHEID = DimensionKey.of("BEVOLKINGSDICHTHEID");
    private static final Map<String, Object> MAPPING = Map.of("code", "buurt_code",
            "figures", Map.of("AANTAL_INWONERS", "inwoners", "BEVOLKINGSDICHTHEID", "dichtheid"));
    /** Later than any year stored, so the imported values become the buurten's newest. */
    private static final int YEAR = 2090;
    private static final List<BuurtCode> CHANGED = List.of(BuurtCode.of("BU03070100"), BuurtCode.of("BU03070101"),
            BuurtCode.of("BU03070102"));

    @Inject
    ComparabilityIndex index;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void anImportOfFiguresAloneIsServedExactlyWhatAWholeBuildGives() throws Exception {
        NationalFile.ensureImported();
        index.follow();
        long revisedBefore = index.revisedSnapshots();
        try {
            importFigures("buurt_code,inwoners,dichtheid\nBU03070100,12345,6789\nBU03070101,1,\nBU03070102,,0\n");

            assertEquals(revisedBefore + 1, index.revisedSnapshots(), "the import's snapshot was built whole");
            ComparabilitySnapshot served = index.current();
            assertEquals(12345, value(served, INWONERS, CHANGED.get(0)));
            assertEquals(1, value(served, INWONERS, CHANGED.get(1)));
            assertEquals(0, value(served, DICHTHEID, CHANGED.get(2)));
            ComparabilitySnapshot whole = QuarkusTransaction.requiringNew().call(index::reload);
            SameSnapshot.assertSame(whole, served, CHANGED);
        } finally {
            removeYears();
        }
    }

    @Test
    void anImportAfterAChangeCommittedElsewhereIsServedThatChangeToo() throws Exception {
        NationalFile.ensureImported();
        index.follow();
        try {
            // Another replica's change, committed with its raise of the version; this process has not followed it
            // (unless its poll happens to run before the import: then the snapshot in service holds it already).
            execute("begin; insert into figure_value (code, figure_key, year, numeric_value) values ('BU03070101',"
                    + " 'AANTAL_INWONERS', " + (YEAR + 1) + ", 777); update index_version set version = version + 1;"
                    + " commit");
            importFigures("buurt_code,inwoners,dichtheid\nBU03070100,54321,9876\n");

            ComparabilitySnapshot served = index.current();
            assertEquals(54321, value(served, INWONERS, CHANGED.get(0)));
            assertEquals(777, value(served, INWONERS, CHANGED.get(1)),
                    "the snapshot was revised from one that lacked the change committed elsewhere");
            SameSnapshot.assertSame(QuarkusTransaction.requiringNew().call(index::reload), served,
                    List.of(CHANGED.get(0)));
        } finally {
            removeYears();
        }
    }

    private void importFigures(String csv) {
        String location = given().header("Authorization", TestTokens.bearer("steward"))
                .contentType("application/json").body(Map.of("mapping", MAPPING, "csv", csv))
                .queryParam("year", YEAR).queryParam("mode", "apply-valid")
                .when().post("/api/v1/imports/mapped")
                .then().statusCode(202).extract().header("Location");
        NationalFile.awaitEnd(location).body("status", equalTo("SUCCEEDED")).body("created", equalTo(0));
    }

    private static double value(ComparabilitySnapshot snapshot, DimensionKey figure, BuurtCode code) {
        for (int i = 0; i < snapshot.size(); i++) {
            if (snapshot.code(i).equals(code)) {
                return snapshot.raw(figure, i);
            }
        }
        throw new AssertionError(code + " is not in the snapshot");
    }

    /** Other test classes expect the national 2024 values alone: the years written here go, and are followed. */
    private void removeYears() throws SQLException {
        execute("begin; delete from figure_value where year >= " + YEAR + "; update index_version set version ="
                + " version + 1; commit");
        index.follow();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
