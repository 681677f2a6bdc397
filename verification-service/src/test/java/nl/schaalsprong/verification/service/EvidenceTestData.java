package nl.schaalsprong.verification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes lessons and verifications straight into the tables, in the states the verification workflow leaves
 * them in, so that evidence and learning can be tested on any history. The one place, besides EvidenceSources,
 * that names the workflow's columns.
 */
final class EvidenceTestData {

    private final EntityManager entityManager;

    EvidenceTestData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void lesson(UUID lessonId, List<String> origins, List<String> experimentConditions) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into lesson (id, origin_buurt_codes, experiment_conditions)"
                                + " values (:id, cast(:origins as jsonb), cast(:conditions as jsonb))")
                .setParameter("id", lessonId).setParameter("origins", json(origins))
                .setParameter("conditions", json(experimentConditions)).executeUpdate());
    }

    /** A verification as the workflow records it; outcome and concludedAt only for CONCLUDED. */
    record Row(String buurt, String typeLabel, boolean proeftuin, String status, String outcome,
               List<String> conditionsPresent, String basisName, Map<String, Double> differences, double similarity,
               OffsetDateTime suggestedAt, OffsetDateTime acceptedAt, OffsetDateTime declinedAt,
               OffsetDateTime concludedAt) {

        static Row suggested(String buurt, String typeLabel, OffsetDateTime at) {
            return new Row(buurt, typeLabel, false, "SUGGESTED", null, List.of(), null, null, 0.9, at, null, null, null);
        }

        Row concluded(String outcome, OffsetDateTime at) {
            return new Row(buurt, typeLabel, proeftuin, "CONCLUDED", outcome, conditionsPresent, basisName, differences,
                    similarity, suggestedAt, acceptedAt == null ? suggestedAt : acceptedAt, null, at);
        }

        Row accepted(OffsetDateTime at) {
            return new Row(buurt, typeLabel, proeftuin, "ACCEPTED", null, conditionsPresent, basisName, differences,
                    similarity, suggestedAt, at, null, null);
        }

        Row declined(OffsetDateTime at) {
            return new Row(buurt, typeLabel, proeftuin, "DECLINED", null, conditionsPresent, basisName, differences,
                    similarity, suggestedAt, null, at, null);
        }

        Row on(String basis, Map<String, Double> differencesOnIt, double similarityOnIt) {
            return new Row(buurt, typeLabel, proeftuin, status, outcome, conditionsPresent, basis, differencesOnIt,
                    similarityOnIt, suggestedAt, acceptedAt, declinedAt, concludedAt);
        }
    }

    UUID verification(UUID lessonId, Row row) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into verification (id, lesson_id, target_buurt_code, target_gemeente_code, similarity, status,
                                                  suggested_at, source_event_id, outcome, target_type_label, target_proeftuin,
                                                  conditions_present, basis_name, basis_version, dimension_differences,
                                                  accepted_at, declined_at, concluded_at)
                        values (:id, :lesson, :buurt, :gemeente, :similarity, :status, :suggestedAt, 'test', cast(:outcome as varchar),
                                cast(:type as text), :proeftuin, cast(:conditions as jsonb), cast(:basis as varchar),
                                cast(:basisVersion as integer), cast(:differences as jsonb),
                                cast(:acceptedAt as timestamptz), cast(:declinedAt as timestamptz),
                                cast(:concludedAt as timestamptz))""")
                .setParameter("id", id).setParameter("lesson", lessonId).setParameter("buurt", row.buurt())
                .setParameter("gemeente", "GM" + row.buurt().substring(2, 6)).setParameter("similarity", row.similarity())
                .setParameter("status", row.status()).setParameter("suggestedAt", row.suggestedAt())
                .setParameter("outcome", row.outcome()).setParameter("type", row.typeLabel())
                .setParameter("proeftuin", row.proeftuin()).setParameter("conditions", json(row.conditionsPresent()))
                .setParameter("basis", row.basisName())
                .setParameter("basisVersion", row.basisName() == null ? null : "1")
                .setParameter("differences", row.differences() == null ? null : differences(row.differences()))
                .setParameter("acceptedAt", text(row.acceptedAt())).setParameter("declinedAt", text(row.declinedAt()))
                .setParameter("concludedAt", text(row.concludedAt()))
                .executeUpdate());
        return id;
    }

    /** Concludes a verification, as the workflow would. */
    void conclude(UUID verificationId, String outcome, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update verification"
                        + " set status = 'CONCLUDED', outcome = :outcome, concluded_at = :at where id = :id")
                .setParameter("outcome", outcome).setParameter("at", at).setParameter("id", verificationId)
                .executeUpdate());
    }

    private static String text(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    private static String differences(Map<String, Double> differences) {
        return differences.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
