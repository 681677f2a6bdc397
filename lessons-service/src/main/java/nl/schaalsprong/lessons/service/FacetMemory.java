package nl.schaalsprong.lessons.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.lessons.domain.search.SearchQuery;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import static nl.schaalsprong.lessons.service.LessonSearch.strings;

/**
 * This instance's in-memory copy of the facet columns of {@code lesson_search} ({@link FacetIndex}). Before
 * each search it reads what changed since its previous read (rows and removals stamped by a transaction that
 * had not finished then), in one statement so in one snapshot; so every search sees every committed write, from
 * this instance or another, and an idle index costs one indexed query that returns nothing.
 */
@ApplicationScoped
public class FacetMemory {

    private static final Logger LOG = Logger.getLogger(FacetMemory.class);

    /** Removals first, so a bulk replacement frees its slots before the new rows take them. */
    private static final String CHANGES = """
            select 'removed' as kind, lesson_id, null as status, null as themes, null as routes, null as claimed_layer,
                   null as tags, null as proeftuin_id, null as proeftuin_name, null as gemeente_code,
                   null as evidence_level, null as sort_time, null as title_lexemes, null as text_lexemes,
                   null as context_lexemes
              from lesson_search_removed where written_by >= ?::xid8
            union all
            select 'row', lesson_id, status, themes, routes, claimed_layer, tags, proeftuin_id, proeftuin_name,
                   gemeente_code, evidence_level,
                   (extract(epoch from coalesce(published_at, updated_at)) * 1000)::bigint,
                   title_lexemes, text_lexemes, context_lexemes
              from lesson_search where written_by >= ?::xid8
            union all
            select 'horizon', null, pg_snapshot_xmin(pg_current_snapshot())::text, null, null, null, null, null, null,
                   null, null, null, null, null, null""";

    private final DataSource dataSource;
    private final FacetIndex index = new FacetIndex();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object reading = new Object();
    /** The oldest transaction that might still have been running at the previous read; "0" before the first. */
    private String horizon = "0";

    public FacetMemory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void warmUp(@Observes StartupEvent started) {
        try {
            catchUp();
            LOG.infof("facet index holds %d lessons", index.size());
        } catch (RuntimeException e) {
            // The first search tries again; a database that is late at startup must not stop the service.
            LOG.warnf("facet index not loaded at startup: %s", e.getMessage());
        }
    }

    FacetIndex.Result search(SearchQuery query, FacetIndex.TextMatch text) {
        catchUp();
        lock.readLock().lock();
        try {
            return index.search(query, text);
        } finally {
            lock.readLock().unlock();
        }
    }

    private void catchUp() {
        synchronized (reading) {
            try (Connection connection = dataSource.getConnection()) {
                // A cursor (fetch size, which needs a transaction) streams a first load or a bulk change instead of
                // holding all of it in memory at once.
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(CHANGES)) {
                    statement.setString(1, horizon);
                    statement.setString(2, horizon);
                    statement.setFetchSize(2000);
                    try (ResultSet row = statement.executeQuery()) {
                        apply(row);
                    }
                } finally {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read the changes of lesson_search", e);
            }
        }
    }

    private void apply(ResultSet row) throws SQLException {
        String next = horizon;
        boolean locked = false;
        try {
            while (row.next()) {
                String kind = row.getString("kind");
                if (kind.equals("horizon")) {
                    next = row.getString("status");
                    continue;
                }
                if (!locked) {
                    lock.writeLock().lock();
                    locked = true;
                }
                UUID id = row.getObject("lesson_id", UUID.class);
                if (kind.equals("removed")) {
                    index.remove(id);
                } else {
                    index.put(new FacetIndex.Entry(id, row.getString("status"), strings(row.getArray("themes")),
                            strings(row.getArray("routes")), row.getString("claimed_layer"),
                            strings(row.getArray("tags")), row.getString("proeftuin_id"),
                            row.getString("proeftuin_name"), row.getString("gemeente_code"),
                            row.getString("evidence_level"), row.getLong("sort_time"),
                            strings(row.getArray("title_lexemes")), strings(row.getArray("text_lexemes")),
                            strings(row.getArray("context_lexemes"))));
                }
            }
        } finally {
            if (locked) {
                lock.writeLock().unlock();
            }
        }
        horizon = next;
    }
}
