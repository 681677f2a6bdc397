package nl.schaalsprong.typology.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 15: the types of the current typology, held in memory for comparable answers, follow a typology another
 * replica published, without a restart. "Another replica" is plain SQL on the real database, writing what a run and
 * a publish write (the run's type and assignment, then the status PUBLISHED). {@link CurrentTypes#follow} is the
 * scheduled poll, called here so the test waits on nothing.
 */
@QuarkusTest
class CurrentTypesFollowOtherReplicaTest {

    private static final BuurtCode TYPED_ELSEWHERE = BuurtCode.of("BU99880002");

    @Inject
    CurrentTypes types;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void aTypologyPublishedByAnotherReplicaIsServedAfterTheNextPoll() throws Exception {
        types.follow(); // whatever other tests left published
        Optional<UUID> before = types.typologyId();
        UUID elsewhere = UUID.randomUUID();
        try {
            // The other replica's run ends in DRAFT with its type and assignment: not current, so not served.
            execute("insert into typology (id, version, basis, seed, status, progress, k, silhouette, buurten,"
                    + " created_at, finished_at, owner) values ('" + elsewhere + "', nextval('typology_version_seq'),"
                    + " 'default', 42, 'DRAFT', 100, 2, 0.5, 1, now(), now(), 'other-replica')");
            execute("insert into typology_type (typology_id, type_number, label, medoid_code, size, pen_portrait)"
                    + " values ('" + elsewhere + "', 1, 'Elders getypeerd', '" + TYPED_ELSEWHERE.value() + "', 1,"
                    + " '{\"size\": 1, \"dimensions\": [], \"distinguishing\": []}')");
            execute("insert into typology_assignment (typology_id, buurt_code, type_number, distance) values ('"
                    + elsewhere + "', '" + TYPED_ELSEWHERE.value() + "', 1, 0.0)");
            types.follow();
            assertNull(types.typeOf(TYPED_ELSEWHERE), "a draft of another replica was served as current");
            assertEquals(before, types.typologyId());

            // It publishes it: the next poll serves the other replica's types (the scheduled poll may come first;
            // asserting that the old types are still served until then would race it).
            execute("update typology set status = 'PUBLISHED', published_at = now() where id = '" + elsewhere + "'");
            types.follow();
            assertEquals(new TypeOfBuurt(elsewhere, 1, "Elders getypeerd"), types.typeOf(TYPED_ELSEWHERE),
                    "the typology published elsewhere is not served after the poll");
            assertEquals(Optional.of(elsewhere), types.typologyId());
        } finally {
            withdraw(elsewhere);
            types.follow();
        }
        assertNull(types.typeOf(TYPED_ELSEWHERE), "the withdrawal was not followed");
        assertNotEquals(Optional.of(elsewhere), types.typologyId());
    }

    /** A published typology is immutable (V10's triggers); the test lifts them for its own planted one alone. */
    private void withdraw(UUID typology) throws Exception {
        execute("begin;"
                + " alter table typology_assignment disable trigger typology_assignment_published_immutable;"
                + " alter table typology_type disable trigger typology_type_published_immutable;"
                + " alter table typology disable trigger typology_published_immutable;"
                + " delete from typology_assignment where typology_id = '" + typology + "';"
                + " delete from typology_type where typology_id = '" + typology + "';"
                + " delete from typology where id = '" + typology + "';"
                + " alter table typology_assignment enable trigger typology_assignment_published_immutable;"
                + " alter table typology_type enable trigger typology_type_published_immutable;"
                + " alter table typology enable trigger typology_published_immutable;"
                + " commit");
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
