package nl.schaalsprong.verification.advice.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.persistence.NativeColumn;
import nl.schaalsprong.platform.time.NativeTimestamps;
import nl.schaalsprong.verification.advice.domain.AreaLevel;
import nl.schaalsprong.verification.advice.domain.BarriersInTheWay;
import nl.schaalsprong.verification.advice.domain.ComponentSummary;
import nl.schaalsprong.verification.advice.domain.PlaceOrder;
import nl.schaalsprong.verification.advice.domain.TypeTally;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.LessonBarrier;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every read the advice makes: the component rows (V51), and for one page of components their lessons (the lesson
 * read model, V50) and the places they were tried (the workflow's verification table, V2), each bounded per
 * component in the database, so a page costs the same with 100 or 100,000 verifications behind it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AdviceQueries {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<LessonBarrier>> BARRIERS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, TypeTally>> TALLIES = new TypeReference<>() {
    };

    private final EntityManager entityManager;

    public AdviceQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every component's headline, for ranking (a few hundred small rows). */
    public List<ComponentSummary> summaries() {
        List<Object[]> rows = rows(entityManager.createNativeQuery("select tag, level, supported_layer, chance_flagged,"
                + " lower_bound, cast(evidence -> 'confirmedInTypes' as text),"
                + " cast(evidence -> 'notConfirmedInTypes' as text), cast(by_type as text), cast(themes as text),"
                + " cast(routes as text) from advice_component").getResultList());
        return rows.stream().map(r -> new ComponentSummary((String) r[0], EvidenceLevel.valueOf((String) r[1]),
                r[2] == null ? null : Layer.valueOf((String) r[2]), (Boolean) r[3], ((Number) r[4]).doubleValue(),
                AdviceJson.read(r[5], STRINGS), AdviceJson.read(r[6], STRINGS), AdviceJson.read(r[7], TALLIES),
                Set.copyOf(AdviceJson.read(r[8], STRINGS)),
                AdviceJson.read(r[9], STRINGS).stream().map(Route::valueOf).collect(Collectors.toSet()))).toList();
    }

    /** A component's pooled evidence, and when it was derived: changes since are not in it yet. */
    public record Derived(Evidence evidence, OffsetDateTime at) {
    }

    /** The pooled evidence of each of {@code tags}, with when it was derived. */
    public Map<String, Derived> derived(Collection<String> tags) {
        Map<String, Derived> derived = new HashMap<>();
        rows(entityManager.createNativeQuery("select tag, cast(evidence as text),"
                        + " refreshed_at from advice_component"
                        + " where tag = any(:tags)").setParameter("tags", tags.toArray(String[]::new)).getResultList())
                .forEach(r -> derived.put((String) r[0], new Derived(AdviceJson.read(r[1], Evidence.class),
                        NativeTimestamps.of(r[2]))));
        return derived;
    }

    /** A lesson behind a component, as the lesson read model knows it. */
    public record LessonRow(String tag, UUID lessonId, String title, String pilot, String proeftuinId,
                            String recommendation, String outcome, List<String> routes, Map<String, String> rightscaling,
                            List<String> themes, String module, String level, long lessonsOfTag) {
    }

    /**
     * Per tag its first {@code perTag} lessons (at most {@link AdviceService#LESSONS_PER_COMPONENT}): best own
     * evidence first, then the latest tagged, as ranked when the component was derived (V104); their text, jsonb and
     * own evidence level are read as they are now, for the lessons shown only.
     */
    public Map<String, List<LessonRow>> lessons(Collection<String> tags, int perTag) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("""
                        select a.tag, l.id, l.title, l.pilot, l.proeftuin_id, l.recommendation, l.outcome,
                               cast(l.routes as text), cast(l.rightscaling as text), cast(l.themes as text),
                               l.module, e.level, c.lessons
                          from advice_lesson a
                          join lesson l on l.id = a.lesson_id
                          join advice_component c on c.tag = a.tag
                          left join lesson_evidence e on e.lesson_id = l.id
                         where a.tag = any(:tags) and a.rank <= :perTag order by a.tag, a.rank""")
                .setParameter("tags", tags.toArray(String[]::new)).setParameter("perTag", perTag).getResultList());
        Map<String, List<LessonRow>> byTag = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byTag.computeIfAbsent((String) r[0], t -> new ArrayList<>()).add(new LessonRow((String) r[0], (UUID) r[1],
                    (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    AdviceJson.read(r[7], STRINGS),
                    r[8] == null ? null : AdviceJson.read(r[8], new TypeReference<Map<String, String>>() {
                    }), AdviceJson.read(r[9], STRINGS), (String) r[10], (String) r[11], ((Number) r[12]).longValue()));
        }
        return byTag;
    }

    /**
     * Per tag the barriers its lessons lean on (the lesson read model's {@code barriers}, V95): one row per lesson
     * and barrier, a handful per tag.
     */
    public Map<String, List<BarriersInTheWay.Leaning>> barriers(Collection<String> tags) {
        List<Object[]> rows = rows(entityManager.createNativeQuery("""
                        select t.tag, l.id, l.tagged_at,
                               cast(l.barriers as text)
                          from lesson l join lesson_tag t on t.lesson_id = l.id
                         where jsonb_array_length(l.barriers) > 0 and t.tag = any(:tags)""")
                .setParameter("tags", tags.toArray(String[]::new)).getResultList());
        Map<String, List<BarriersInTheWay.Leaning>> byTag = new HashMap<>();
        for (Object[] r : rows) {
            OffsetDateTime taggedAt = NativeTimestamps.of(r[2]);
            for (LessonBarrier barrier : AdviceJson.read(r[3], BARRIERS)) {
                byTag.computeIfAbsent((String) r[0], t -> new ArrayList<>())
                        .add(new BarriersInTheWay.Leaning((UUID) r[1], taggedAt, barrier));
            }
        }
        return byTag;
    }

    /** Where a component was tried and concluded, or declined. */
    public record PlaceRow(String tag, UUID verificationId, UUID lessonId, String buurtCode, String buurtName,
                           String gemeenteCode, String typeLabel, Boolean proeftuin, String status, Outcome outcome,
                           String declineReason, List<String> adaptations, List<String> conditionsPresent,
                           double similarityToOrigin, Map<String, Map<String, Double>> comparison,
                           boolean inAreaType, long placesOfTag) {
    }

    /**
     * Per tag its first {@code perTag} places in {@link PlaceOrder}'s order (counter-evidence in the area's types
     * first), then most similar to the lesson's origin, then buurt code. From the places read model (V85): per tag
     * and kind at most {@code perTag} candidates, each from an index, so a page reads a few hundred rows however
     * many verifications its components have; the details come from the verification itself.
     */
    public Map<String, List<PlaceRow>> places(Collection<String> tags, List<String> areaTypes, int perTag) {
        String first = """
                select g.tag, k.rank, c.verification_id, c.similarity, c.buurt_code
                  from unnest(cast(:tags as text[])) g(tag) cross join (values %s) k(kind, rank)
                  cross join lateral (select p.verification_id, p.similarity, p.buurt_code from advice_place p
                                       where p.tag = g.tag and p.kind = k.kind and %s
                                       order by p.similarity desc, p.buurt_code, p.verification_id limit :perTag) c""";
        List<Object[]> rows = rows(entityManager.createNativeQuery("""
                        with candidates as (%s union all %s)
                        select r.tag, v.id, v.lesson_id, v.target_buurt_code, v.target_buurt_name,
                               v.target_gemeente_code, v.target_type_label, v.target_proeftuin, v.status, v.outcome,
                               v.decline_reason, cast(v.adaptations as text), cast(v.conditions_present as text),
                               v.similarity, cast(v.comparison as text),
                               coalesce(v.target_type_label = any(cast(:types as text[])), false), a.places
                          from (select c.*, row_number() over (partition by c.tag order by c.rank, c.similarity desc,
                                                                   c.buurt_code, c.verification_id) as n
                                  from candidates c) r
                          join verification v on v.id = r.verification_id
                          join advice_component a on a.tag = r.tag
                         where r.n <= :perTag order by r.tag, r.n""".formatted(
                        first.formatted(PlaceOrder.sqlKinds(true), "p.type_label = any(cast(:types as text[]))"),
                        first.formatted(PlaceOrder.sqlKinds(false),
                                "(p.type_label is null or p.type_label <> all(cast(:types as text[])))")))
                .setParameter("tags", tags.toArray(String[]::new))
                .setParameter("types", areaTypes.toArray(String[]::new))
                .setParameter("perTag", perTag).getResultList());
        Map<String, List<PlaceRow>> byTag = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byTag.computeIfAbsent((String) r[0], t -> new ArrayList<>()).add(new PlaceRow((String) r[0], (UUID) r[1],
                    (UUID) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (Boolean) r[7],
                    (String) r[8], r[9] == null ? null : Outcome.valueOf((String) r[9]), (String) r[10],
                    r[11] == null ? List.of() : AdviceJson.read(r[11], STRINGS),
                    r[12] == null ? null : AdviceJson.read(r[12], STRINGS), ((Number) r[13]).doubleValue(),
                    AdviceJson.read(r[14], new TypeReference<Map<String, Map<String, Double>>>() {
                    }), (Boolean) r[15], ((Number) r[16]).longValue()));
        }
        return byTag;
    }

    /**
     * The typology types of the verified buurten in the given wijken or gemeenten, most buurten first: typology
     * types buurten, not wijken or gemeenten, so these stand for the area's types.
     */
    public List<String> typesIn(AreaLevel level, Collection<String> areaCodes, int most) {
        if (level == AreaLevel.BUURT || areaCodes.isEmpty()) {
            return List.of();
        }
        String where = level == AreaLevel.WIJK ? "substring(target_buurt_code from 3 for 6) = any(:areas)"
                : "target_gemeente_code = any(:areas)";
        String[] areas = areaCodes.stream().map(code -> level == AreaLevel.WIJK ? code.substring(2) : code)
                .toArray(String[]::new);
        return NativeColumn.list(entityManager.createNativeQuery("select target_type_label from verification where " + where
                        + " and target_type_label is not null group by target_type_label"
                        + " order by count(distinct target_buurt_code) desc, target_type_label limit :most")
                .setParameter("areas", areas).setParameter("most", most), String.class);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
