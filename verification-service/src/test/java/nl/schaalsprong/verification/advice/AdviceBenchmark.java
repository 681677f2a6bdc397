package nl.schaalsprong.verification.advice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.verification.AreaStub;
import nl.schaalsprong.verification.advice.domain.AdviceFilter;
import nl.schaalsprong.verification.advice.domain.AreaContext;
import nl.schaalsprong.verification.advice.domain.AreaLevel;
import nl.schaalsprong.verification.advice.domain.Likeness;
import nl.schaalsprong.verification.advice.service.Advice;
import nl.schaalsprong.verification.advice.service.AdviceService;
import nl.schaalsprong.verification.advice.service.ComponentRefresher;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The advice benchmark (issue 13: under 100 ms, p99 under 300 ms, for a buurt, wijk or gemeente over 10,000
 * lessons and 100,000 verifications), run on demand against the module's real PostgreSQL, never as a timed test:
 * <pre>
 * ./mvnw -B -o -pl verification-service -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=AdviceBenchmark -Dadvice.benchmark=true [-Dadvice.requests=1000] \
 *     -Dschaalsprong.verification.advice.refresh-interval=off \
 *     -Dschaalsprong.verification.advice.refresh.min-interval=0s -Dschaalsprong.verification.advice.refresh.per-lesson=0s [-Dadvice.lessons=1000 -Dadvice.tags=20]
 * </pre>
 * It seeds the register in SQL (10,000 lessons with two of 200 tags each; 100,000 verifications, six in ten
 * concluded and one in ten declined, over eight types), derives the read model once (timed; the scheduled refresh
 * switched off so it is the only one) and 20 tags again warm (the refresh's pace off, or tags of 100 lessons and
 * more would wait for its interval; the count derived is printed), prints that at once, then asks
 * {@link AdviceService} for the advice of a buurt, a wijk and a gemeente, one call after another, from the area as
 * typology describes it: everything the advice does after typology's answer (the remote calls to typology are not
 * in these figures: the module's JDK-server stub of typology serves one request at a time and would measure
 * itself). Prints the latency percentiles; also written to
 * {@code verification-service/target/advice-benchmark.md}. Figures: docs/benchmarks.md, "Session 7: advice".
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "advice.benchmark", matches = "true")
class AdviceBenchmark {

    /** Full size by default; {@code -Dadvice.lessons=1000 -Dadvice.tags=20} is a tenth with the same tag sizes. */
    static final int LESSONS = Integer.getInteger("advice.lessons", 10_000);
    static final int VERIFICATIONS_PER_LESSON = 10;
    static final int TAGS = Integer.getInteger("advice.tags", 200);

    @Inject
    EntityManager entityManager;
    @Inject
    ComponentRefresher refresher;
    @Inject
    AdviceService advice;

    record Case(String label, AreaContext area, AdviceFilter filter, int size) {
    }

    @Test
    void adviceOverTenThousandLessonsAndAHundredThousandVerifications() throws Exception {
        long seeding = System.nanoTime();
        QuarkusTransaction.requiringNew().run(this::seed);
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;
        long deriving = System.nanoTime();
        refresher.refreshStale(); // the scheduled refresh may take some batches meanwhile: count the rows instead
        double deriveSeconds = (System.nanoTime() - deriving) / 1e9;
        long derived = count("select count(*) from advice_component");
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Seeded %,d lessons and %,d verifications in"
                        + " %.1f s; derived %d components (%,d places) in %.1f s (%.0f ms each).%n", LESSONS,
                LESSONS * VERIFICATIONS_PER_LESSON, seedSeconds, derived, count("select count(*) from advice_place"),
                deriveSeconds, 1000 * deriveSeconds / derived));
        // What one change costs later: a changed lesson marks its tags stale and they are derived again, warm.
        int again = (int) Math.min(derived, 20);
        long rederiving = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("insert into advice_stale_tag"
                + " (tag, marked_at) select tag, now() from advice_component order by tag limit " + again
                + " on conflict do nothing").executeUpdate());
        int rederived = refresher.refreshStale();
        double rederiveMs = (System.nanoTime() - rederiving) / 1e6;
        out.append(String.format(Locale.ROOT, "Derived %d of %d components again (warm) in %.0f ms (%.0f ms each).%n%n",
                rederived, again, rederiveMs, rederiveMs / Math.max(rederived, 1)));
        System.out.print(out); // now, not only at the end: the derivation's figures even when the rest is stopped
        System.out.flush();

        int requests = Integer.getInteger("advice.requests", 1000);
        out.append("| area | filters | requests | mean ms | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|---|\n");
        Map<String, Likeness> near = Map.of(AreaStub.TYPE_1_BUURT, new Likeness(AreaStub.TYPE_1_BUURT, 1, null));
        List<Case> cases = List.of(
                new Case("buurt", new AreaContext(AreaStub.TYPE_1_BUURT, AreaLevel.BUURT, "Zeeburgereiland",
                        List.of("Type 1"), near, "warmte-en-wonen v1"), AdviceFilter.NONE, 20),
                new Case("wijk", new AreaContext(AreaStub.WIJK, AreaLevel.WIJK, null, List.of(),
                        Map.of(AreaStub.WIJK, new Likeness(AreaStub.WIJK, 1, null)), "warmte-en-wonen v1"),
                        AdviceFilter.NONE, 20),
                new Case("gemeente", new AreaContext(AreaStub.GEMEENTE, AreaLevel.GEMEENTE, "Amsterdam", List.of(),
                        Map.of(AreaStub.GEMEENTE, new Likeness(AreaStub.GEMEENTE, 1, null)), "warmte-en-wonen v1"),
                        AdviceFilter.NONE, 20),
                new Case("buurt", new AreaContext(AreaStub.TYPE_1_BUURT, AreaLevel.BUURT, "Zeeburgereiland",
                        List.of("Type 1"), near, "warmte-en-wonen v1"),
                        new AdviceFilter("participatie", null, EvidenceLevel.INDICATIVE), 20),
                new Case("buurt", new AreaContext(AreaStub.TYPE_1_BUURT, AreaLevel.BUURT, "Zeeburgereiland",
                        List.of("Type 1"), near, "warmte-en-wonen v1"), AdviceFilter.NONE, 50));
        for (Case c : cases) {
            for (int i = 0; i < 200; i++) { // warm-up: JIT and connection pool
                advice.advise(c.area(), c.filter(), 0, c.size());
            }
            double[] ms = new double[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                Advice answer = advice.advise(c.area(), c.filter(), i % 3, c.size());
                ms[i] = (System.nanoTime() - start) / 1e6;
                assertTrue(answer.total() > 0);
            }
            Arrays.sort(ms);
            out.append(String.format(Locale.ROOT, "| %s | %s, size %d, pages 0-2 | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    c.label(), c.filter().equals(AdviceFilter.NONE) ? "none" : "theme participatie, minLevel INDICATIVE",
                    c.size(), requests, Arrays.stream(ms).average().orElse(0), ms[requests / 2],
                    ms[(int) (requests * 0.95)], ms[(int) (requests * 0.99)], ms[requests - 1]));
        }
        System.out.println(out.substring(out.indexOf("| area")));
        Path report = Path.of("target/advice-benchmark.md");
        try {
            Files.writeString(report, out);
        } catch (IOException e) {
            System.err.println("could not write " + report + ": " + e);
        }
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    /** 10,000 lessons, two tags each, 100,000 verifications; some in the benchmark's wijk and gemeente. */
    private void seed() {
        entityManager.createNativeQuery("""
                insert into lesson (id, proeftuin_id, gemeente_code, origin_buurt_codes, routes, claimed_layer,
                                    experiment_conditions, tagged_at, last_event_id, updated_at, title, pilot,
                                    recommendation, outcome, indicators, themes, module)
                select md5('les' || i)::uuid, 'proeftuin-' || (i % 50), 'GM' || lpad((i % 300 + 100)::text, 4, '0'),
                       jsonb_build_array('BU' || lpad((i % 300 + 100)::text, 4, '0') || '9999'),
                       jsonb_build_array(case i % 3 when 0 then 'GROEI' when 1 then 'REPLICATIE' else 'CIRCULATIE' end),
                       'MENU', case when i % 4 = 0 then '["EXTRA_FINANCIERING"]'::jsonb else '[]'::jsonb end,
                       now() - (i || ' minutes')::interval, 'bench-' || i, now(), 'Les ' || i, 'Proeftuin ' || (i % 50),
                       'Aanbeveling ' || i, 'SUCCESS', '[{"name":"deelname","value":70,"unit":"%","date":"2021-06-01"}]',
                       jsonb_build_array(case i % 4 when 0 then 'participatie' when 1 then 'techniek'
                                              when 2 then 'financiering' else 'organisatie' end), null
                  from generate_series(0, :lessons - 1) i""").setParameter("lessons", LESSONS).executeUpdate();
        entityManager.createNativeQuery("""
                insert into lesson_tag (lesson_id, tag, first_tagged_at)
                select md5('les' || i)::uuid, f.family || '/component-' || ((i * k) % :tags), now()
                  from generate_series(0, :lessons - 1) i, (values (1), (7)) t(k),
                       lateral (select case ((i * k) % :tags) % 4 when 0 then 'participatie' when 1 then 'techniek'
                                             when 2 then 'financiering' else 'organisatie' end as family) f
                on conflict do nothing""").setParameter("lessons", LESSONS).setParameter("tags", TAGS).executeUpdate();
        entityManager.createNativeQuery("""
                insert into verification (id, lesson_id, target_buurt_code, target_gemeente_code, target_buurt_name,
                                          similarity, status, suggested_at, source_event_id, basis_name, basis_version,
                                          comparison, target_typology_id, target_type_number, target_type_label,
                                          target_proeftuin, criteria, accepted_at, accepted_by, decline_reason,
                                          declined_at, declined_by, results, outcome, adaptations, conditions_present,
                                          concluded_at, concluded_by)
                select md5('ver' || v)::uuid, md5('les' || (v / :per))::uuid,
                       'BU' || g || lpad(((v * 31) % 9973)::text, 4, '0'), 'GM' || g, 'Buurt ' || v,
                       0.5 + (v % 50) / 100.0, s.status, now() - interval '100 days', 'bench-' || v,
                       'warmte-en-wonen', 1,
                       '{"STEDELIJKHEID":{"distance":0.25,"contribution":0.05},"LOG_WONINGEN":{"distance":0.1,"contribution":0.02}}',
                       '8a3c7e55-1d2b-4f60-9e8a-0c4d5b6a7f21', 1 + (v * 13) % 8, 'Type ' || (1 + (v * 13) % 8),
                       v % 5 = 0,
                       case when s.status = 'CONCLUDED' then '[]'::jsonb end,
                       case when s.status = 'CONCLUDED' then now() - interval '90 days' end,
                       case when s.status = 'CONCLUDED' then 'bench' end,
                       case when s.status = 'DECLINED' then 'geen capaciteit' end,
                       case when s.status = 'DECLINED' then now() - interval '95 days' end,
                       case when s.status = 'DECLINED' then 'bench' end,
                       case when s.status = 'CONCLUDED' then '[]'::jsonb end,
                       case when s.status = 'CONCLUDED' then
                           case when v % 7 = 0 then 'INCONCLUSIVE' when (v * 17) % 5 < 2 then 'NOT_CONFIRMED'
                                else 'CONFIRMED' end end,
                       case when s.status = 'CONCLUDED' then '["per bouwblok"]'::jsonb end,
                       case when s.status = 'CONCLUDED' then '[]'::jsonb end,
                       case when s.status = 'CONCLUDED' then now() - interval '10 days' end,
                       case when s.status = 'CONCLUDED' then 'bench' end
                  from generate_series(0, :lessons * :per - 1) v,
                       lateral (select case when v % 10 < 6 then 'CONCLUDED' when v % 10 = 6 then 'DECLINED'
                                            else 'SUGGESTED' end as status,
                                       case when v % 50 = 0 then '0363' else lpad(((v * 7919) % 300 + 100)::text, 4, '0')
                                       end as g) s
                on conflict do nothing""").setParameter("lessons", LESSONS).setParameter("per", VERIFICATIONS_PER_LESSON)
                .executeUpdate();
        entityManager.createNativeQuery("insert into advice_stale_tag (tag, marked_at)"
                + " select distinct tag, now() from lesson_tag on conflict do nothing").executeUpdate();
        entityManager.createNativeQuery("analyze").executeUpdate();
    }
}
