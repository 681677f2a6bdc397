package nl.schaalsprong.typology.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.platform.cbs.BuurtCode;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15: the in-memory index follows a change another replica committed. "Another replica" is plain SQL on the
 * real database, as a second process would commit it: the change and the raise of the index version in one
 * transaction. {@link ComparabilityIndex#follow} is the scheduled poll, called here so the test waits on nothing.
 */
@QuarkusTest
class IndexFollowsOtherReplicaTest {

    private static final BuurtCode ELSEWHERE = BuurtCode.of("BU99880001");

    @Inject
    ComparabilityIndex index;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aChangeCommittedElsewhereIsServedAfterAPollAndOnlyWhenTheVersionMoved() throws Exception {
        index.follow(); // whatever other tests left committed
        long served = index.servedVersion();
        try {
            // Written without raising the version (no writer of this service does that): the poll does not rebuild.
            execute("insert into neighbourhood (code, name, wijk_code, gemeente_code, gemeente_naam, import_year,"
                    + " created_at, updated_at) values ('" + ELSEWHERE.value() + "', 'Elders', 'WK998800', 'GM9988',"
                    + " 'Elders', 2024, now(), now())");
            index.follow();
            assertFalse(index.current().contains(ELSEWHERE), "rebuilt although the version did not move");
            assertEquals(served, index.servedVersion());

            // The other replica's commit raises it: the next poll serves the change.
            execute("update index_version set version = version + 1");
            index.follow();
            assertTrue(index.current().contains(ELSEWHERE), "the poll did not follow the committed change");
            assertEquals(served + 1, index.servedVersion());
        } finally {
            execute("begin; delete from neighbourhood where code = '" + ELSEWHERE.value() + "';"
                    + " update index_version set version = version + 1; commit");
            index.follow();
        }
        assertFalse(index.current().contains(ELSEWHERE), "the removal was not followed");
    }

    @Test
    void aChangeMadeHereIsServedAtItsVersionWithoutARebuild() throws Exception {
        index.follow();
        long before = index.servedVersion();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(index::replaceOnCommit);
        assertEquals(before + 1, index.servedVersion(), "a change here is served at the version it raised");
        assertEquals(before + 1, count("select version from index_version"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
