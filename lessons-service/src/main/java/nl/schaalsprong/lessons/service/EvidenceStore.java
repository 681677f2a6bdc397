package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.domain.evidence.ChanceRisk;
import nl.schaalsprong.lessons.domain.evidence.Evidence;
import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.evidence.Outcome;
import nl.schaalsprong.lessons.domain.evidence.OutcomeCounts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static nl.schaalsprong.lessons.service.LessonSearch.strings;
import static nl.schaalsprong.lessons.service.LessonSearchIndex.textArray;

/** Reads and writes the evidence read model ({@code lesson_evidence}); the rules live in {@link Evidence}. */
@ApplicationScoped
public class EvidenceStore {

    private final DataSource dataSource;

    public EvidenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<Evidence> find(UUID lessonId) {
        return query("select * from lesson_evidence where lesson_id = ?", lessonId);
    }

    /** The lesson's evidence, locked until the transaction ends, so concurrent events apply one after the other. */
    Evidence lock(UUID lessonId, OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into lesson_evidence "
                     + "(lesson_id, level, updated_at) values (?, ?, ?) on conflict (lesson_id) do nothing")) {
            insert.setObject(1, lessonId);
            insert.setString(2, EvidenceLevel.ORIGIN_ONLY.name());
            insert.setTimestamp(3, Timestamp.from(now.toInstant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the evidence of lesson " + lessonId, e);
        }
        return query("select * from lesson_evidence where lesson_id = ? for update", lessonId).orElseThrow();
    }

    /** @return true the first time this verification is recorded, false on every later call */
    boolean recordConclusion(UUID verificationId, UUID lessonId, Outcome outcome, OffsetDateTime concludedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into lesson_evidence_conclusion "
                     + "(verification_id, lesson_id, outcome, concluded_at) values (?, ?, ?, ?) "
                     + "on conflict (verification_id) do nothing")) {
            insert.setObject(1, verificationId);
            insert.setObject(2, lessonId);
            insert.setString(3, outcome.name());
            insert.setTimestamp(4, Timestamp.from(concludedAt.toInstant()));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record verification " + verificationId, e);
        }
    }

    void save(Evidence evidence, OffsetDateTime now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("""
                     update lesson_evidence set level = ?, reasons = ?, supported_layer = ?, confirmed_in_types = ?,
                         not_confirmed_in_types = ?, chance_flagged = ?, chance_reasons = ?, suggested = ?,
                         accepted = ?, declined = ?, confirmed = ?, not_confirmed = ?, inconclusive = ?,
                         evidence_url = ?, derived_at = ?, updated_at = ?, version = version + 1
                     where lesson_id = ?""")) {
            int i = 0;
            update.setString(++i, evidence.level().name());
            update.setArray(++i, textArray(connection, evidence.reasons()));
            update.setString(++i, evidence.supportedLayer() == null ? null : evidence.supportedLayer().name());
            update.setArray(++i, textArray(connection, evidence.confirmedInTypes()));
            update.setArray(++i, textArray(connection, evidence.notConfirmedInTypes()));
            update.setBoolean(++i, evidence.chanceRisk().flagged());
            update.setArray(++i, textArray(connection, evidence.chanceRisk().reasons()));
            OutcomeCounts counts = evidence.counts();
            update.setInt(++i, counts.suggested());
            update.setInt(++i, counts.accepted());
            update.setInt(++i, counts.declined());
            update.setInt(++i, counts.confirmed());
            update.setInt(++i, counts.notConfirmed());
            update.setInt(++i, counts.inconclusive());
            update.setString(++i, evidence.evidencePath());
            update.setTimestamp(++i, evidence.derivedAt() == null ? null : Timestamp.from(evidence.derivedAt().toInstant()));
            update.setTimestamp(++i, Timestamp.from(now.toInstant()));
            update.setObject(++i, evidence.lessonId());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not store the evidence of lesson " + evidence.lessonId(), e);
        }
    }

    private Optional<Evidence> query(String sql, UUID lessonId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, lessonId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(evidence(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the evidence of lesson " + lessonId, e);
        }
    }

    private static Evidence evidence(ResultSet row) throws SQLException {
        String layer = row.getString("supported_layer");
        Timestamp derivedAt = row.getTimestamp("derived_at");
        return new Evidence(row.getObject("lesson_id", UUID.class), EvidenceLevel.valueOf(row.getString("level")),
                strings(row.getArray("reasons")), layer == null ? null : Layer.valueOf(layer),
                strings(row.getArray("confirmed_in_types")), strings(row.getArray("not_confirmed_in_types")),
                new ChanceRisk(row.getBoolean("chance_flagged"), strings(row.getArray("chance_reasons"))),
                new OutcomeCounts(row.getInt("suggested"), row.getInt("accepted"), row.getInt("declined"),
                        row.getInt("confirmed"), row.getInt("not_confirmed"), row.getInt("inconclusive")),
                row.getString("evidence_url"),
                derivedAt == null ? null : derivedAt.toInstant().atOffset(ZoneOffset.UTC));
    }
}
