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
 * them in (satisfying the checks of its migration V2: criteria and who accepted, a reason and who declined,
 * results and who concluded), so that evidence and learning can be tested on any history. The one place, besides
 * EvidenceSources, that names the workflow's columns.
 */
final class EvidenceTestData {

    private final EntityManager entityManager;
    private final java.util.Set<String> nominated = new java.util.HashSet<>();

    EvidenceTestData(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void lesson(UUID lessonId, List<String> origins, List<String> experimentConditions) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "insert into lesson (id, origin_buurt_codes, routes, experiment_conditions, last_event_id,"
                                + " updated_at) values (:id, cast(:origins as jsonb), '[\"REPLICATIE\"]',"
                                + " cast(:conditions as jsonb), 'test', now())")
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

    /** A frozen criterion and its measurement, as the workflow stores them. */
    private static final String CRITERIA = "[{\"indicator\":\"aandeel bereikt\",\"comparison\":\"AT_LEAST\","
            + "\"threshold\":60,\"unit\":\"%\",\"measuredOn\":\"2027-06-30\"}]";
    private static final String RESULTS = "[{\"indicator\":\"aandeel bereikt\",\"measuredValue\":71,\"met\":true}]";

    UUID verification(UUID lessonId, Row row) {
        UUID id = UUID.randomUUID();
        boolean accepted = row.acceptedAt() != null;
        boolean declined = row.declinedAt() != null;
        boolean concluded = row.concludedAt() != null;
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into verification (id, lesson_id, target_buurt_code, target_level, target_area_code,
                                                  target_gemeente_code, similarity, status,
                                                  suggested_at, source_event_id, outcome, target_type_label, target_proeftuin,
                                                  conditions_present, basis_name, basis_version, comparison,
                                                  criteria, accepted_at, accepted_by, decline_reason, declined_at, declined_by,
                                                  results, concluded_at, concluded_by, selection)
                        values (:id, :lesson, cast(:buurt as varchar), :level, :area, :gemeente, :similarity, :status, :suggestedAt, 'test', cast(:outcome as varchar),
                                cast(:type as text), :proeftuin, cast(:conditions as jsonb), cast(:basis as text),
                                cast(:basisVersion as integer), cast(:comparison as jsonb),
                                cast(:criteria as jsonb), cast(:acceptedAt as timestamptz), cast(:acceptedBy as text),
                                cast(:declineReason as text), cast(:declinedAt as timestamptz), cast(:declinedBy as text),
                                cast(:results as jsonb), cast(:concludedAt as timestamptz), cast(:concludedBy as text),
                                :selection)""")
                .setParameter("id", id).setParameter("lesson", lessonId)
                // A wijk (WK…) or gemeente (GM…) code makes a verification of a whole area (V101), not of a buurt.
                .setParameter("buurt", row.buurt().startsWith("BU") ? row.buurt() : null)
                .setParameter("level", row.buurt().startsWith("WK") ? "WIJK"
                        : row.buurt().startsWith("GM") ? "GEMEENTE" : "BUURT")
                .setParameter("area", row.buurt())
                .setParameter("gemeente", "GM" + row.buurt().substring(2, 6)).setParameter("similarity", row.similarity())
                .setParameter("status", row.status()).setParameter("suggestedAt", row.suggestedAt())
                .setParameter("outcome", row.outcome()).setParameter("type", row.typeLabel())
                .setParameter("proeftuin", row.proeftuin()).setParameter("conditions", json(row.conditionsPresent()))
                .setParameter("basis", row.basisName())
                .setParameter("basisVersion", row.basisName() == null ? null : "1")
                .setParameter("comparison", comparison(row.differences()))
                .setParameter("criteria", accepted ? CRITERIA : null)
                .setParameter("acceptedAt", text(row.acceptedAt()))
                .setParameter("acceptedBy", accepted ? "gemeente-test" : null)
                .setParameter("declineReason", declined ? "geen capaciteit" : null)
                .setParameter("declinedAt", text(row.declinedAt()))
                .setParameter("declinedBy", declined ? "gemeente-test" : null)
                .setParameter("results", concluded ? RESULTS : null)
                .setParameter("concludedAt", text(row.concludedAt()))
                .setParameter("concludedBy", concluded ? "gemeente-test" : null)
                .setParameter("selection", nominated.contains(row.buurt()) ? "NOMINATED" : "SUGGESTED")
                .executeUpdate());
        return id;
    }

    /**
     * {@code count} verifications of the lesson in one statement, the n-th in buurt BU00gg + n (gemeente gg = 10 + n %
     * 50) of type {@code types} + (n % 3), proeftuin every fifth: every seventh still suggested, of the rest every
     * fourth not confirmed and the others confirmed, with no conditions present. Two lessons given the same count verify
     * the same buurten: pooled, each buurt counts once.
     */
    void verifications(UUID lessonId, int count, String types) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into verification (id, lesson_id, target_buurt_code, target_level, target_area_code,
                                                  target_gemeente_code, similarity, status, suggested_at,
                                                  source_event_id, outcome, target_type_label, target_proeftuin,
                                                  conditions_present, criteria, accepted_at, accepted_by, results,
                                                  concluded_at, concluded_by, selection)
                        select md5(random()::text || n)::uuid, :lesson, b.code, 'BUURT', b.code,
                               'GM' || substring(b.code from 3 for 4), 0.9, case when open then 'SUGGESTED' else 'CONCLUDED' end,
                               now(), 'test',
                               case when open then null when n % 4 = 0 then 'NOT_CONFIRMED' else 'CONFIRMED' end,
                               :types || (n % 3), n % 5 = 0, case when open then null else '[]'::jsonb end,
                               case when open then null else cast(:criteria as jsonb) end,
                               case when open then null else now() end,
                               case when open then null else 'gemeente-test' end,
                               case when open then null else cast(:results as jsonb) end,
                               case when open then null else now() end,
                               case when open then null else 'gemeente-test' end, 'SUGGESTED'
                          from generate_series(1, :count) n,
                               lateral (select 'BU' || lpad((10 + n % 50)::text, 4, '0') || lpad(n::text, 4, '0') as code,
                                               n % 7 = 0 as open) b""")
                .setParameter("lesson", lessonId).setParameter("count", count).setParameter("types", types)
                .setParameter("criteria", CRITERIA).setParameter("results", RESULTS).executeUpdate());
    }

    /** Accepts and concludes a suggested verification in one step, as far as the tables are concerned. */
    void conclude(UUID verificationId, String outcome, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update verification
                           set status = 'CONCLUDED', criteria = cast(:criteria as jsonb), accepted_at = :at,
                               accepted_by = 'gemeente-test', outcome = :outcome, results = cast(:results as jsonb),
                               conditions_present = '[]', concluded_at = :at, concluded_by = 'gemeente-test'
                         where id = :id""")
                .setParameter("criteria", CRITERIA).setParameter("results", RESULTS)
                .setParameter("outcome", outcome).setParameter("at", at).setParameter("id", verificationId)
                .executeUpdate());
    }

    /** The verification speaks for one component (approach tag) only, as a CIRCULATIE lesson's do (V96). */
    void speaksFor(UUID verificationId, String component) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update verification set component = :component where id = :id")
                .setParameter("component", component).setParameter("id", verificationId).executeUpdate());
    }

    /** From now on, verifications written in these buurten are recorded as nominated by the gemeente (V70). */
    void nominating(String... buurten) {
        nominated.addAll(List.of(buurten));
    }

    private static String text(OffsetDateTime at) {
        return at == null ? null : at.toString();
    }

    private static String json(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** The workflow's per-dimension comparison; the contribution does not matter to learning. */
    private static String comparison(Map<String, Double> distances) {
        return distances == null ? "{}" : distances.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":{\"distance\":" + e.getValue() + ",\"contribution\":0.1}")
                .collect(Collectors.joining(",", "{", "}"));
    }
}
