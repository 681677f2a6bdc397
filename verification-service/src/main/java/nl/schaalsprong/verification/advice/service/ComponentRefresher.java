package nl.schaalsprong.verification.advice.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.persistence.NativeColumn;
import nl.schaalsprong.platform.time.NativeTimestamps;
import nl.schaalsprong.verification.advice.domain.PlaceOrder;
import nl.schaalsprong.verification.advice.domain.RefreshPace;
import nl.schaalsprong.verification.advice.domain.RefreshYield;
import nl.schaalsprong.verification.advice.domain.TypeTallies;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.VerificationChanged;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceDerivation;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.domain.evidence.LessonTagsKnown;
import nl.schaalsprong.verification.domain.evidence.VerificationHistory;
import nl.schaalsprong.verification.service.EvidenceSources;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the advice's read model ({@code advice_component}, V51, its places {@code advice_place}, V85, and its lessons
 * {@code advice_lesson}, V104) current. A change to a lesson's verifications or tags only marks its tags stale, in
 * the workflow's own transaction (one insert, so the workflow does not slow down); moments later
 * {@link #refreshStale()} derives each stale tag once, however many changes came in, with the same pure rules and the
 * same pooling as {@code GET /api/v1/tags/{tag}/evidence}; a large tag at most once per interval ({@link RefreshPace}).
 */
@ApplicationScoped
public class ComponentRefresher {

    private static final Logger LOG = Logger.getLogger(ComponentRefresher.class);
    /** How long one tag's derivation may take before it is rolled back (see {@link #refreshStale(TagUnderWay)}). */
    private static final int DERIVATION_TIMEOUT_SECONDS = 300;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /**
     * The stale tags (one mark per change, V105; the first mark's time orders them) with their previous derivation's
     * lessons and time (null for a tag never derived).
     */
    private static final String STALE = "select s.tag, c.lessons,"
            + " c.refreshed_at"
            + " from (select tag, min(marked_at) as marked_at from advice_stale_tag group by tag) s"
            + " left join advice_component c on c.tag = s.tag";

    /** What a tag's lessons say together: all their origins, conditions, themes and routes, each once. */
    private static final String POOLED = "with tagged as (select l.origin_buurt_codes, l.experiment_conditions,"
            + " l.themes, l.routes from lesson_tag t join lesson l on l.id = t.lesson_id where t.tag = :tag)"
            + " select " + union("origin_buurt_codes") + ", " + union("experiment_conditions") + ", "
            + union("themes") + ", " + union("routes");

    private final EntityManager entityManager;
    private final EvidenceSources sources;
    private final EvidenceRules rules;
    private final Clock clock;
    private final RefreshPace pace;
    private final RefreshYield yielding;

    public ComponentRefresher(EntityManager entityManager, EvidenceSources sources, EvidenceRules rules, Clock clock,
                              @ConfigProperty(name = "schaalsprong.verification.advice.refresh.min-interval")
                              Duration minInterval,
                              @ConfigProperty(name = "schaalsprong.verification.advice.refresh.per-lesson")
                              Duration perLesson,
                              @ConfigProperty(name = "schaalsprong.verification.advice.refresh.paced-from-lessons")
                              int pacedFromLessons,
                              @ConfigProperty(name = "schaalsprong.verification.advice.refresh.yield-every-rows")
                              int yieldEveryRows,
                              @ConfigProperty(name = "schaalsprong.verification.advice.refresh.yield-pause")
                              Duration yieldPause) {
        this.entityManager = entityManager;
        this.sources = sources;
        this.rules = rules;
        this.clock = clock;
        this.pace = new RefreshPace(minInterval, perLesson, pacedFromLessons, clock);
        this.yielding = new RefreshYield(yieldEveryRows, yieldPause);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onVerificationChanged(@Observes VerificationChanged changed) {
        entityManager.createNativeQuery("insert into advice_stale_tag (tag, marked_at)"
                        + " select tag, :at from lesson_tag where lesson_id = :lesson")
                .setParameter("lesson", changed.lessonId()).setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
    }

    /** The tags the lesson had and the tags it has now: a tag it lost must lose the lesson too. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onLessonTags(@Observes LessonTagsKnown tagged) {
        entityManager.createNativeQuery("insert into advice_stale_tag (tag, marked_at)"
                        + " select tag, :at from (select tag from lesson_tag where lesson_id = :lesson"
                        + " union select unnest(cast(:tags as text[]))) t")
                .setParameter("lesson", tagged.lessonId())
                .setParameter("tags", tagged.tags().toArray(String[]::new))
                .setParameter("at", OffsetDateTime.now(clock)).executeUpdate();
    }

    @Scheduled(every = "${schaalsprong.verification.advice.refresh-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        refreshStale(TagUnderWay.SKIP);
    }

    /**
     * Derives every stale tag that {@link RefreshPace} finds due now; a tag another derivation has under way (the
     * scheduled one, or another replica's) is waited for, so on return each has been derived, by this call or that
     * one. @return how many tags this call derived
     */
    public int refreshStale() {
        return refreshStale(TagUnderWay.WAIT);
    }

    /** What a round does with a tag another derivation holds: the scheduled round skips it, its holder derives it. */
    enum TagUnderWay { SKIP, WAIT }

    /**
     * Derives every stale tag that {@link RefreshPace} finds due, each in a transaction of its own, so a transaction
     * lasts one tag's derivation (with 50 tags a transaction, a batch of large tags outlasted the 60 s transaction
     * timeout on a loaded machine and was rolled back again and again). A tag not yet due stays stale for a later
     * round. One tag's derivation may outlast the default 60 s, because it pauses as it reads ({@link RefreshYield}:
     * with 10 million verifications, a hot tag at the full design point reads some 3 million, which at 50 ms every
     * 5,000 rows is 30 s of pauses beside its work).
     */
    private int refreshStale(TagUnderWay underWay) {
        int refreshed = 0;
        for (String tag : QuarkusTransaction.requiringNew().call(this::dueTags)) {
            if (QuarkusTransaction.requiringNew().timeout(DERIVATION_TIMEOUT_SECONDS)
                    .call(() -> refreshIfDue(tag, underWay))) {
                refreshed++;
            }
        }
        if (refreshed > 0) {
            LOG.debugf("advice: %d component(s) derived again", refreshed);
        }
        return refreshed;
    }

    private List<String> dueTags() {
        return rows(entityManager.createNativeQuery(STALE + " order by s.marked_at, s.tag").getResultList()).stream()
                .filter(this::isDue).map(row -> (String) row[0]).toList();
    }

    /**
     * Derives the tag if it is still stale and due: another replica may be deriving it now (it holds the tag's
     * advisory lock: skipped, or waited for) or have derived it since it was read as due. Deletes only the marks read
     * before the derivation read the tag's lessons: a change committed meanwhile keeps its mark and is derived next
     * round.
     */
    private boolean refreshIfDue(String tag, TagUnderWay underWay) {
        if (!lock(tag, underWay)) {
            return false;
        }
        List<Object[]> stale = rows(entityManager.createNativeQuery(STALE + " where s.tag = :tag")
                .setParameter("tag", tag).getResultList());
        if (stale.isEmpty() || !isDue(stale.get(0))) {
            return false;
        }
        List<Long> seen = NativeColumn.list(entityManager.createNativeQuery(
                "select id from advice_stale_tag where tag = :tag").setParameter("tag", tag), Long.class);
        refresh(tag);
        entityManager.createNativeQuery("delete from advice_stale_tag where id = any(:seen)")
                .setParameter("seen", seen.toArray(Long[]::new)).executeUpdate();
        return true;
    }

    /** The tag's advisory lock for this transaction: taken at once, or waited for; false if skipped. */
    private boolean lock(String tag, TagUnderWay underWay) {
        String key = "hashtext('advice_stale_tag'), hashtext(:tag)";
        if (underWay == TagUnderWay.SKIP) {
            return (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(" + key + ")")
                    .setParameter("tag", tag).getSingleResult();
        }
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + key + ")").setParameter("tag", tag)
                .getSingleResult();
        return true;
    }

    private boolean isDue(Object[] stale) {
        return pace.isDue(stale[1] == null ? null : new RefreshPace.LastDerivation(((Number) stale[1]).intValue(),
                NativeTimestamps.of(stale[2]).toInstant()));
    }

    /**
     * Derives one tag's row and places from its lessons and their verifications (a fixed number of statements,
     * however many lessons the tag has); a tag no lesson has any more is removed. Protected, not private, so a test can
     * commit a change in the middle of a derivation.
     */
    protected void refresh(String tag) {
        List<UUID> lessonIds = NativeColumn.list(entityManager.createNativeQuery("select l.id from lesson_tag t"
                + " join lesson l on l.id = t.lesson_id where t.tag = :tag order by l.id").setParameter("tag", tag),
                UUID.class);
        int places = writePlaces(tag);
        entityManager.createNativeQuery("delete from advice_lesson where tag = :tag").setParameter("tag", tag)
                .executeUpdate();
        if (lessonIds.isEmpty()) {
            entityManager.createNativeQuery("delete from advice_component where tag = :tag").setParameter("tag", tag)
                    .executeUpdate();
            return;
        }
        writeLessons(tag);
        Object[] pooledColumns = (Object[]) entityManager.createNativeQuery(POOLED).setParameter("tag", tag)
                .getSingleResult();
        // Pooled exactly as EvidenceService.forTag pools them (LessonFacts.pooled: every origin, every condition),
        // so the advice and the tag's evidence agree; the database takes the unions, so a hot tag's lessons are not
        // read one by one (35,583 lessons with four JSON arrays each: some 30 % of the derivation's CPU here, profiled).
        LessonFacts pooled = new LessonFacts(UUID.nameUUIDFromBytes(tag.getBytes(StandardCharsets.UTF_8)),
                Set.copyOf(AdviceJson.read(pooledColumns[0], STRINGS)),
                AdviceJson.read(pooledColumns[1], STRINGS).stream().map(ExperimentCondition::valueOf)
                        .collect(Collectors.toSet()));
        Set<String> themes = new TreeSet<>(AdviceJson.read(pooledColumns[2], STRINGS));
        Set<String> routes = new TreeSet<>(AdviceJson.read(pooledColumns[3], STRINGS));
        // Tallied as the rows stream in: a hot tag's verifications are never all held at once.
        VerificationHistory history = new VerificationHistory(pooled, sources.tallyOf(lessonIds, tag, this::giveWay));
        Evidence evidence = EvidenceDerivation.derive(rules, history);
        entityManager.createNativeQuery("""
                        insert into advice_component (tag, level, supported_layer, chance_flagged, lower_bound, evidence,
                                                      by_type, themes, routes, lessons, places, refreshed_at)
                        values (:tag, :level, cast(:layer as varchar), :flagged, :lower, cast(:evidence as jsonb),
                                cast(:byType as jsonb), cast(:themes as jsonb), cast(:routes as jsonb), :lessons,
                                :places, :at)
                        on conflict (tag) do update
                           set level = excluded.level, supported_layer = excluded.supported_layer,
                               chance_flagged = excluded.chance_flagged, lower_bound = excluded.lower_bound,
                               evidence = excluded.evidence, by_type = excluded.by_type, themes = excluded.themes,
                               routes = excluded.routes, lessons = excluded.lessons, places = excluded.places,
                               refreshed_at = excluded.refreshed_at""")
                .setParameter("tag", tag)
                .setParameter("level", evidence.level().name())
                .setParameter("layer", evidence.supportedLayer() == null ? null : evidence.supportedLayer().name())
                .setParameter("flagged", evidence.chanceRisk().flagged())
                .setParameter("lower", evidence.confirmationRate().lowerOrZero())
                .setParameter("evidence", AdviceJson.write(evidence))
                .setParameter("byType", AdviceJson.write(TypeTallies.of(history)))
                .setParameter("themes", AdviceJson.write(themes))
                .setParameter("routes", AdviceJson.write(routes))
                .setParameter("lessons", lessonIds.size())
                .setParameter("places", places)
                .setParameter("at", OffsetDateTime.now(clock))
                .executeUpdate();
    }

    /** Pauses where {@link RefreshYield} says, so a large tag's read never holds a core for long. */
    private void giveWay(long rowsRead) {
        Duration pause = yielding.after(rowsRead);
        if (!pause.isZero()) {
            pause(pause);
        }
    }

    /** Sleeps; protected, not private, so a test can count the pauses without waiting them out. */
    protected void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // the service stops: no more pauses, the derivation ends or rolls back
        }
    }

    /**
     * Brings the tag's places (V85) in line with its lessons' concluded and declined buurt-level verifications (a wijk
     * or gemeente is no buurt to show as a place, V101), so a page of advice picks each kind's first places from an
     * index: a place no longer there is deleted, a new one inserted, a changed one updated, and the rest left alone.
     * One statement, however many places. @return how many places the tag has now (none when no lesson has it)
     * <p>
     * Why not delete all and insert them again: the tag every tagging of the scale run carried has some 21,000 places,
     * and a derivation comes after every change of its lessons, most of which (a new suggestion) changes no place;
     * rewriting them all took about 400 ms of PostgreSQL's time each derivation and left as many dead rows.
     * And the lessons are given as an array, not joined: joined, the planner expected so many decided verifications
     * that it read the whole table (1.25 million rows, 0.65–1.7 s for that tag); given the lessons, it reads theirs
     * from {@code verification_lesson_decided} (V52) in 92 ms (docs/benchmarks.md, session 19).
     */
    private int writePlaces(String tag) {
        return ((Number) entityManager.createNativeQuery("""
                        with place as (
                            select v.id, coalesce(v.outcome, :declined) as kind, v.target_type_label as type_label,
                                   v.similarity, v.target_buurt_code as buurt_code
                              from verification v
                             where v.lesson_id = any(array(select lesson_id from lesson_tag where tag = :tag))
                               and v.status in ('CONCLUDED', 'DECLINED')
                               and (v.component is null or v.component = :tag)
                               and v.target_level = 'BUURT'),
                        gone as (
                            delete from advice_place p
                             where p.tag = :tag and not exists (select 1 from place where place.id = p.verification_id)),
                        written as (
                            insert into advice_place (tag, verification_id, kind, type_label, similarity, buurt_code)
                            select :tag, id, kind, type_label, similarity, buurt_code from place
                            on conflict (tag, verification_id) do update
                               set kind = excluded.kind, type_label = excluded.type_label,
                                   similarity = excluded.similarity, buurt_code = excluded.buurt_code
                             where (advice_place.kind, advice_place.type_label, advice_place.similarity,
                                    advice_place.buurt_code)
                                   is distinct from (excluded.kind, excluded.type_label, excluded.similarity,
                                                     excluded.buurt_code))
                        select count(*) from place""")
                .setParameter("tag", tag).setParameter("declined", PlaceOrder.DECLINED).getSingleResult()).intValue();
    }

    /**
     * The tag's lessons a page shows (V104), in the page's order: best own evidence first, then the latest tagged.
     * Ranked here, once per derivation, so a page reads them by key however many lessons the tag has.
     */
    private void writeLessons(String tag) {
        entityManager.createNativeQuery("""
                        insert into advice_lesson (tag, rank, lesson_id)
                        select tag, n, lesson_id
                          from (select t.tag, t.lesson_id,
                                       row_number() over (order by
                                           case e.level when 'ESTABLISHED' then 0 when 'REPLICATED' then 1
                                                        when 'INDICATIVE' then 2 when 'ORIGIN_ONLY' then 3 else 4 end,
                                           l.tagged_at desc nulls last, l.id) as n
                                  from lesson_tag t join lesson l on l.id = t.lesson_id
                                  left join lesson_evidence e on e.lesson_id = l.id
                                 where t.tag = :tag) r
                         where n <= :shown""")
                .setParameter("tag", tag).setParameter("shown", AdviceService.LESSONS_PER_COMPONENT).executeUpdate();
    }

    /** The distinct values of a jsonb array column over the tagged lessons, as a JSON array text ([] for none). */
    private static String union(String column) {
        return "cast(coalesce((select jsonb_agg(distinct v) from tagged, jsonb_array_elements_text(tagged." + column
                + ") v), '[]'::jsonb) as text)";
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
