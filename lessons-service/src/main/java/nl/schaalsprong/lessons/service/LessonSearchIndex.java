package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.domain.search.LessonDocument;
import nl.schaalsprong.platform.cbs.BuurtCode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps the search read model ({@code lesson_search}) in step with the lessons. Every write joins the caller's
 * transaction, so the index changes exactly when the lesson does. The evidence level comes from the evidence
 * read model and is left alone by re-indexing.
 */
@ApplicationScoped
public class LessonSearchIndex {

    private static final String UPSERT = """
            insert into lesson_search (lesson_id, status, title, lesson_text, recommendation, context, module, themes,
                routes, claimed_layer, tags, proeftuin_id, proeftuin_name, gemeente_code, origin_buurt_codes,
                evidence_level, evidence_rank, updated_at, published_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (lesson_id) do update set status = excluded.status, title = excluded.title,
                lesson_text = excluded.lesson_text, recommendation = excluded.recommendation,
                context = excluded.context, module = excluded.module, themes = excluded.themes,
                routes = excluded.routes, claimed_layer = excluded.claimed_layer, tags = excluded.tags,
                proeftuin_id = excluded.proeftuin_id, proeftuin_name = excluded.proeftuin_name,
                gemeente_code = excluded.gemeente_code, origin_buurt_codes = excluded.origin_buurt_codes,
                updated_at = excluded.updated_at, published_at = excluded.published_at,
                written_by = pg_current_xact_id()""";

    private final DataSource dataSource;

    public LessonSearchIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds or replaces the lesson's entry; call it after every change of the lesson, in that transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(LessonDocument document) {
        try (Connection connection = dataSource.getConnection()) {
            EvidenceLevel level = currentLevel(connection, document.lessonId());
            try (PreparedStatement revived = connection.prepareStatement(
                    "delete from lesson_search_removed where lesson_id = ?")) {
                revived.setObject(1, document.lessonId());
                revived.executeUpdate();
            }
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                int i = 0;
                upsert.setObject(++i, document.lessonId());
                upsert.setString(++i, document.status().name());
                upsert.setString(++i, document.title());
                upsert.setString(++i, document.lesson());
                upsert.setString(++i, document.recommendation());
                upsert.setString(++i, document.context());
                upsert.setString(++i, document.module());
                upsert.setArray(++i, textArray(connection, document.themes().stream().map(t -> t.code()).sorted().toList()));
                upsert.setArray(++i, textArray(connection, document.routes().stream().map(Enum::name).sorted().toList()));
                upsert.setString(++i, document.claimedLayer() == null ? null : document.claimedLayer().name());
                upsert.setArray(++i, textArray(connection, document.tags().stream().sorted().toList()));
                upsert.setString(++i, document.proeftuinId());
                upsert.setString(++i, document.proeftuinName());
                upsert.setString(++i, document.gemeente() == null ? null : document.gemeente().value());
                upsert.setArray(++i, textArray(connection, document.originBuurten().stream().map(BuurtCode::value).toList()));
                upsert.setString(++i, level.name());
                upsert.setInt(++i, level.strength());
                upsert.setTimestamp(++i, Timestamp.from(document.updatedAt().toInstant()));
                if (document.publishedAt() == null) {
                    upsert.setNull(++i, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    upsert.setTimestamp(++i, Timestamp.from(document.publishedAt().toInstant()));
                }
                upsert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not index lesson " + document.lessonId(), e);
        }
    }

    /** Takes the lesson out of search (e.g. when it is deleted); nothing happens when it was not indexed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remove(UUID lessonId) {
        update("delete from lesson_search where lesson_id = ?", lessonId);
        update("insert into lesson_search_removed (lesson_id) values (?) "
                + "on conflict (lesson_id) do update set written_by = pg_current_xact_id()", lessonId);
    }

    /** Follows the evidence read model; a lesson not (yet) indexed picks the level up when it is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evidenceChanged(UUID lessonId, EvidenceLevel level) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "update lesson_search set evidence_level = ?, evidence_rank = ?, written_by = pg_current_xact_id() "
                             + "where lesson_id = ?")) {
            statement.setString(1, level.name());
            statement.setInt(2, level.strength());
            statement.setObject(3, lessonId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the evidence level of lesson " + lessonId, e);
        }
    }

    private void update(String sql, UUID lessonId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, lessonId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not update the search index for lesson " + lessonId, e);
        }
    }

    /** Shares the evidence row's lock, so an evidence change committing meanwhile is read, not overwritten. */
    private static EvidenceLevel currentLevel(Connection connection, UUID lessonId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select level from lesson_evidence where lesson_id = ? for share")) {
            query.setObject(1, lessonId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? EvidenceLevel.valueOf(row.getString(1)) : EvidenceLevel.ORIGIN_ONLY;
            }
        }
    }

    static java.sql.Array textArray(Connection connection, Collection<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray(String[]::new));
    }
}
