package nl.schaalsprong.verification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.persistence.NativeColumn;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.evidence.Finding;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationStage;
import nl.schaalsprong.verification.domain.evidence.VerificationTally;
import nl.schaalsprong.verification.domain.learning.DeclineEvidence;
import nl.schaalsprong.verification.domain.learning.TransferExample;
import nl.schaalsprong.verification.mapping.LearningDimension;
import org.hibernate.jpa.HibernateHints;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every read of the verification workflow's tables (its migration V2) that evidence, learning and the metrics
 * need, in one place: table {@code verification} (columns {@code status}, {@code outcome},
 * {@code target_type_label}, {@code target_proeftuin} (null = unknown, kept unknown), {@code conditions_present}
 * (jsonb array, null before the conclusion), {@code basis_name}, {@code comparison} (jsonb object dimension →
 * {@code {"distance", "contribution"}}, {@code {}} when typology gave none), {@code accepted_at},
 * {@code declined_at}, {@code concluded_at}) and table {@code lesson} ({@code origin_buurt_codes},
 * {@code experiment_conditions}, jsonb arrays). Should the workflow change them, only this class changes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EvidenceSources {

    /**
     * A verification at wijk or gemeente scale (V101) is a place as a buurt is: its area code stands where the buurt
     * code stands, so evidence counts a confirmed wijk once, like a buurt (never as a buurt: advice places and
     * learning leave it out, see {@link #COMPARED} and ComponentRefresher).
     */
    private static final String FINDING_COLUMNS = "target_area_code, target_gemeente_code, target_type_label,"
            + " target_proeftuin, status, outcome, cast(conditions_present as text), selection";
    /**
     * Rows a streamed read fetches from PostgreSQL at a time. The driver streams (a portal, fetched a batch at a time)
     * only inside a transaction (autocommit off) and with a fetch size; without one it reads every row of a hot tag
     * into memory before the first is handed over (docs/benchmarks.md, session 14: 180,610 rows exhausted a 192 MB
     * heap).
     */
    static final int FETCH_SIZE = 1000;
    /**
     * A verification speaks for a component when it verifies the whole approach (component null) or that one
     * component (CIRCULATIE): evidence per tag never counts a verification of another component of the lesson.
     */
    private static final String SPEAKS_FOR = "(component is null or component = :component)";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Map<String, Double>>> COMPARISON = new TypeReference<>() {
    };
    /**
     * Typology gave a comparison per dimension of two buurten: learning needs it. A wijk or gemeente target's
     * comparison is of values derived from many buurten (V101): it would teach the buurt basis' weights the wrong
     * distances, so it is left out.
     */
    private static final String COMPARED = "target_level = 'BUURT' and comparison is not null"
            + " and comparison <> '{}'::jsonb";

    /** Declined because the buurt differs on a dimension (V90): evidence against that dimension for learning. */
    private static final String DIMENSION_DECLINED = "status = 'DECLINED' and decline_kind = 'DIMENSION_DIFFERS'";

    /** Column {@code selection} (V70): a buurt the gemeente chose itself. */
    private static final String NOMINATED = "NOMINATED";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public EvidenceSources(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Where the lesson was learned; empty when the workflow has not recorded the lesson. */
    public Optional<LessonFacts> lesson(UUID lessonId) {
        List<?> rows = entityManager.createNativeQuery("select cast(origin_buurt_codes as text),"
                        + " cast(experiment_conditions as text) from lesson where id = :id")
                .setParameter("id", lessonId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new LessonFacts(lessonId, Set.copyOf(strings(columns[0])), conditions(columns[1]));
        });
    }

    /** The lesson's verifications, each with its id, ordered by target and id: what its evidence answer links to. */
    public List<VerificationFact> verifications(UUID lessonId) {
        List<?> rows = factQuery("id, " + FINDING_COLUMNS, List.of(lessonId), null, "target_area_code, id")
                .getResultList();
        return rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            return new VerificationFact((UUID) columns[0], finding(columns, 1));
        }).toList();
    }

    /**
     * The verifications of the lessons that speak for {@code component} (a tag's evidence), tallied as they are read:
     * streamed a {@link #FETCH_SIZE} at a time, never all rows at once. Must run in a transaction (the stream needs
     * one), which the class requires anyway.
     */
    public VerificationTally tallyOf(Collection<UUID> lessonIds, String component) {
        return tallyOf(lessonIds, component, rowsRead -> {
        });
    }

    /**
     * {@link #tallyOf(Collection, String)}, telling {@code afterRow} how many rows have been tallied after each one:
     * a derivation in the background pauses there to give way ({@code RefreshYield}).
     */
    public VerificationTally tallyOf(Collection<UUID> lessonIds, String component, LongConsumer afterRow) {
        VerificationTally tally = new VerificationTally();
        if (lessonIds.isEmpty()) {
            return tally;
        }
        try (Stream<?> rows = streamed(factQuery(FINDING_COLUMNS, lessonIds, component, null))) {
            Iterator<?> each = rows.iterator();
            long read = 0;
            while (each.hasNext()) {
                tally.add(finding((Object[]) each.next(), 0));
                afterRow.accept(++read);
            }
        }
        return tally;
    }

    /**
     * {@link #tallyOf}, one lesson at a time: the rows are streamed ordered by lesson, and each lesson's tally is handed
     * to {@code perLesson} when its rows end, so only one lesson's tally is held while reading. A lesson without such
     * verifications is not handed over.
     */
    public void tallyPerLesson(Collection<UUID> lessonIds, String component,
                               BiConsumer<UUID, VerificationTally> perLesson) {
        if (lessonIds.isEmpty()) {
            return;
        }
        try (Stream<?> rows = streamed(factQuery("lesson_id, " + FINDING_COLUMNS, lessonIds, component,
                "lesson_id"))) {
            Iterator<?> each = rows.iterator();
            UUID lesson = null;
            VerificationTally tally = null;
            while (each.hasNext()) {
                Object[] columns = (Object[]) each.next();
                if (!columns[0].equals(lesson)) {
                    if (lesson != null) {
                        perLesson.accept(lesson, tally);
                    }
                    lesson = (UUID) columns[0];
                    tally = new VerificationTally();
                }
                tally.add(finding(columns, 1));
            }
            if (lesson != null) {
                perLesson.accept(lesson, tally);
            }
        }
    }

    /**
     * The lessons' verifications, only those that speak for {@code component} unless it is null, in {@code order}
     * (null: as they come, a tally needs no order and a hot tag's sort is work the database is spared).
     */
    private Query factQuery(String columns, Collection<UUID> lessonIds, String component, String order) {
        Query query = entityManager.createNativeQuery("select " + columns + " from verification"
                        + " where lesson_id = any(:ids)" + (component == null ? "" : " and " + SPEAKS_FOR)
                        + (order == null ? "" : " order by " + order))
                .setParameter("ids", ids(lessonIds));
        return component == null ? query : query.setParameter("component", component);
    }

    /** The rows as a stream, fetched {@link #FETCH_SIZE} at a time; close it (try-with-resources) to free the portal. */
    private static Stream<?> streamed(Query query) {
        return query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE).getResultStream();
    }

    /** Where each of several lessons was learned, in one query; a lesson the workflow has not recorded is absent. */
    public Map<UUID, LessonFacts> lessons(Collection<UUID> lessonIds) {
        if (lessonIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("select id, cast(origin_buurt_codes as text),"
                        + " cast(experiment_conditions as text) from lesson where id = any(:ids)")
                .setParameter("ids", ids(lessonIds)).getResultList();
        Map<UUID, LessonFacts> lessons = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            UUID id = (UUID) columns[0];
            lessons.put(id, new LessonFacts(id, Set.copyOf(strings(columns[1])), conditions(columns[2])));
        }
        return lessons;
    }

    /**
     * The comparability bases on which this lesson has decisive conclusions, or declines naming a dimension, with
     * recorded differences.
     */
    public List<String> basesLearnedFrom(UUID lessonId) {
        return NativeColumn.list(entityManager.createNativeQuery("select distinct basis_name from verification where lesson_id = :id"
                        + " and (outcome in ('CONFIRMED', 'NOT_CONFIRMED') or " + DIMENSION_DECLINED + ") and "
                        + COMPARED
                        + " and basis_name is not null order by basis_name")
                .setParameter("id", lessonId), String.class);
    }

    /**
     * Every decisive conclusion on a basis (any of its versions) with the per-dimension distances typology recorded
     * at its suggestion (or nomination); a dimension missing on either buurt (distance null) is left out of that
     * example, and a nominated one is marked, for learning to weigh it less.
     */
    public List<TransferExample> examples(String basisName) {
        List<?> rows = entityManager.createNativeQuery("select cast(comparison as text), similarity, outcome, lesson_id,"
                        + " selection"
                        + " from verification where basis_name = :basis and outcome in ('CONFIRMED', 'NOT_CONFIRMED')"
                        + " and " + COMPARED + " order by id")
                .setParameter("basis", basisName).getResultList();
        List<TransferExample> examples = new java.util.ArrayList<>(rows.stream().map(row -> {
            Object[] columns = (Object[]) row;
            // One lesson's verifications are one cluster: learning resamples and cross-validates whole lessons.
            return new TransferExample(columns[3].toString(), distances((String) columns[0]),
                    ((Number) columns[1]).doubleValue(), Outcome.CONFIRMED.name().equals(columns[2]),
                    NOMINATED.equals(columns[4]));
        }).toList());
        examples.addAll(dimensionDeclines(basisName));
        return examples;
    }

    /** Every decline on the basis naming a dimension, as a non-transfer on it (V90, {@link DeclineEvidence}). */
    private List<TransferExample> dimensionDeclines(String basisName) {
        List<?> rows = entityManager.createNativeQuery("select cast(comparison as text), similarity, lesson_id,"
                        + " decline_dimension from verification where basis_name = :basis and " + DIMENSION_DECLINED
                        + " and " + COMPARED + " order by id")
                .setParameter("basis", basisName).getResultList();
        return rows.stream().flatMap(row -> {
            Object[] columns = (Object[]) row;
            return DeclineEvidence.example(new DeclineEvidence.DimensionDecline(columns[2].toString(),
                    (String) columns[3], distances((String) columns[0]), ((Number) columns[1]).doubleValue())).stream();
        }).toList();
    }

    private Map<String, Double> distances(String comparison) {
        Map<String, Double> distances = new java.util.TreeMap<>();
        read(comparison, COMPARISON).forEach((dimension, compared) -> {
            Double distance = compared == null ? null : compared.get("distance");
            if (distance != null) {
                distances.put(dimension, distance);
            }
        });
        return distances;
    }

    /**
     * The monthly figures of the learning metrics, one row per month (UTC, "YYYY-MM") in which anything happened;
     * month null is the total over all months. Columns: month, suggested, accepted, declined, concluded, confirmed,
     * not confirmed, inconclusive, median days from suggestion to conclusion, typology types and gemeenten
     * concluded in, and 1 on the total row (0 otherwise).
     */
    public List<Object[]> monthlyFigures() {
        return learningFigures(LearningScope.EVERYTHING, null);
    }

    /**
     * The learning figures of the verifications in scope, one row per month (by null) or per group of the
     * dimension, plus a total row (last column 1). The columns are those of {@link #monthlyFigures()}; a group's key
     * may be null (a lesson without routes or tags, a target of unknown proeftuin status). A verification of a
     * lesson on two routes or themes counts in both groups.
     */
    public List<Object[]> learningFigures(LearningScope scope, LearningDimension by) {
        LearningGroupKeys keys = by == null ? null : LearningGroupKeys.of(by);
        String group = by == null ? "month" : "key";
        String sql = "with scoped as (select v.*, " + (keys == null ? "null::text" : keys.keyColumn()) + " as key"
                + " from verification v" + (keys == null ? "" : keys.join())
                + " where " + scope.conditions() + "), "
                + """
                happenings as (
                    select to_char(suggested_at at time zone 'UTC', 'YYYY-MM') as month, key, 'SUGGESTED' as what,
                           null::varchar as outcome, null::double precision as days, null::text as type_label,
                           null::varchar as gemeente
                      from scoped
                    union all
                    select to_char(accepted_at at time zone 'UTC', 'YYYY-MM'), key, 'ACCEPTED', null, null, null, null
                      from scoped where accepted_at is not null
                    union all
                    select to_char(declined_at at time zone 'UTC', 'YYYY-MM'), key, 'DECLINED', null, null, null, null
                      from scoped where declined_at is not null
                    union all
                    select to_char(concluded_at at time zone 'UTC', 'YYYY-MM'), key, 'CONCLUDED', outcome,
                           extract(epoch from concluded_at - suggested_at) / 86400.0, target_type_label,
                           target_gemeente_code
                      from scoped where concluded_at is not null
                )
                """
                + "select " + group + ",\n"
                + "       count(*) filter (where what = 'SUGGESTED'),\n"
                + "       count(*) filter (where what = 'ACCEPTED'),\n"
                + "       count(*) filter (where what = 'DECLINED'),\n"
                + "       count(*) filter (where what = 'CONCLUDED'),\n"
                + "       count(*) filter (where outcome = 'CONFIRMED'),\n"
                + "       count(*) filter (where outcome = 'NOT_CONFIRMED'),\n"
                + "       count(*) filter (where outcome = 'INCONCLUSIVE'),\n"
                + "       percentile_cont(0.5) within group (order by days),\n"
                + "       count(distinct type_label),\n"
                + "       count(distinct gemeente),\n"
                + "       grouping(" + group + ")\n"
                + "  from happenings where " + scope.period("month") + "\n"
                + " group by grouping sets ((" + group + "), ())\n"
                + " order by grouping(" + group + ") desc, " + group + " nulls last";
        var query = entityManager.createNativeQuery(sql);
        scope.parameters().forEach(query::setParameter);
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    /**
     * Lessons by the month (UTC) of their first tagging, of the lessons in scope, and the total (month null).
     * Scoped by theme and route through the lesson; by gemeente through where the lesson was learned.
     */
    public List<Object[]> lessonsFirstTagged(LearningScope scope) {
        var query = entityManager.createNativeQuery("select month, count(*) from (select to_char(min(t.first_tagged_at)"
                + " at time zone 'UTC', 'YYYY-MM') as month from lesson_tag t where " + scope.lessonConditions("t")
                + " group by t.lesson_id) first_taggings where " + scope.period("month")
                + " group by grouping sets ((month), ())");
        scope.parameters().forEach(query::setParameter);
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> (Object[]) row).toList();
    }

    /** The finding of a row of {@link #FINDING_COLUMNS}' columns, starting at column {@code from}. */
    private Finding finding(Object[] columns, int from) {
        String status = (String) columns[from + 4];
        String outcome = (String) columns[from + 5];
        Object conditions = columns[from + 6];
        // Three-valued: proeftuin status null = typology did not say; conditions null = not stated (yet).
        return new Finding((String) columns[from], (String) columns[from + 1], (String) columns[from + 2],
                (Boolean) columns[from + 3], VerificationStage.valueOf(status),
                outcome == null ? null : Outcome.valueOf(outcome), conditions == null ? null : conditions(conditions),
                NOMINATED.equals(columns[from + 7]));
    }

    private Set<ExperimentCondition> conditions(Object json) {
        return strings(json).stream().map(ExperimentCondition::valueOf).collect(Collectors.toSet());
    }

    private List<String> strings(Object json) {
        return json == null ? List.of() : read((String) json, STRINGS);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read as " + type.getType() + ": " + json, e);
        }
    }

    /**
     * Lesson ids as one array parameter ({@code = any(:ids)}), not a list Hibernate expands into one placeholder per
     * id: a tag of 14,000 lessons made each size its own statement, and the plan cache full of them slowed every
     * other native query of the service (docs/benchmarks.md, scale run).
     */
    public static UUID[] ids(Collection<UUID> lessonIds) {
        return lessonIds.toArray(UUID[]::new);
    }
}
