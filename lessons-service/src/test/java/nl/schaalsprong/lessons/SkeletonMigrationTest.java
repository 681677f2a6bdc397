package nl.schaalsprong.lessons;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Lessons written by the walking skeleton survive the move to structured records: migrated in a schema of their
 * own from V1 with skeleton rows in it, they become drafts whose gaps the quality gate will name.
 */
@QuarkusTest
class SkeletonMigrationTest {

    @Inject
    Flyway flyway;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void skeletonLessonsBecomeDraftsKeepingTextBuurtAndAMatchingProeftuin() throws SQLException {
        String schema = "skeleton_" + Long.toHexString(System.nanoTime());
        try {
            migrate(schema, "1");
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into " + schema + ".lesson (id, title, text, pilot, origin_buurt_code, created_at, updated_at) values"
                        + " ('00000000-0000-4000-8000-000000000001', 'Een les', 'Wat we leerden', 'Groningen, Paddepoel en Selwerd', 'BU00140000', now(), now()),"
                        + " ('00000000-0000-4000-8000-000000000002', 'Andere les', 'Nog iets', 'Een pilot die niet bestaat', 'BU03630105', now(), now())");
            }
            migrate(schema, "latest");
            Map<String, String> rows = new LinkedHashMap<>();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select status, proeftuin_id, content->>'lesson', content->>'title',"
                         + " content->'originBuurtCodes'->>0, content->>'proeftuinId' from " + schema + ".lesson order by id")) {
                while (r.next()) {
                    rows.put(r.getString(4), String.join("|", r.getString(1), r.getString(2), r.getString(3),
                            r.getString(5), r.getString(6)));
                }
            }
            assertEquals("DRAFT|groningen-paddepoel-en-selwerd|Wat we leerden|BU00140000|groningen-paddepoel-en-selwerd",
                    rows.get("Een les"));
            assertEquals("DRAFT|null|Nog iets|BU03630105|null", rows.get("Andere les"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private void migrate(String schema, String target) {
        Flyway.configure().configuration(flyway.getConfiguration())
                .schemas(schema).defaultSchema(schema).createSchemas(true).target(target)
                .load().migrate();
    }
}
