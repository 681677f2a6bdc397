import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Seeds a running local suite with a register of a given size, set-based in SQL (generate_series), for the scale
 * measurements in docs/benchmarks.md: proeftuinen with their buurten in lessons-service; lessons with their
 * content, history versions, tags and search documents in lessons-service and their copies (lesson, tags) in
 * verification-service; verifications spread over the statuses, each targeting a real buurt of the typology DB
 * with its type. Writes the databases directly: no events are published, so nothing downstream reacts the way it
 * would to recorded lessons (see docs/benchmarks.md for what that skips). Ids are md5 of a seed name, so both
 * services hold the same lesson ids. A database seeded already is left as it is (run it on a suite started with --fresh).
 * Usage: java -cp postgresql.jar SeedScale.java PG_PORT PROEFTUINEN LESSONS VERIFICATIONS_PER_LESSON
 */
public class SeedScale {

    static final String THEMES = "array['participatie','financiering','techniek','organisatie','regelgeving',"
            + "'communicatie','planning','kennis']";
    static final String COMPONENTS = "array['keukentafelgesprekken','buurtambassadeurs','gebiedsfonds','warmtefonds',"
            + "'collectieve-inkoop','warmtenet','warmtepompen','na-isolatie','aquathermie','buurtteam','corporatie',"
            + "'energiecooperatie','omgevingsplan','experimenteerregeling','buurtkrant','informatiemarkt',"
            + "'wijkuitvoeringsplan','nulmeting','enquete','voorbeeldwoning']";
    static final String SEEDED_TAGS = "array['participatie/keukentafelgesprekken','participatie/buurtambassadeurs',"
            + "'participatie/informatieavonden','financiering/gebiedsfonds','financiering/warmtefonds-lening',"
            + "'financiering/subsidie-op-maat','techniek/hybride-warmtepomp','techniek/warmtenet','techniek/all-electric',"
            + "'techniek/isolatie','techniek/aquathermie','organisatie/wijkteam','organisatie/energiecooperatie',"
            + "'regelgeving/omgevingsplan','communicatie/wijkkrant']";
    static final String SUBJECTS = "array['Keukentafelgesprekken','Buurtambassadeurs','Een gebiedsfonds',"
            + "'Subsidie voor na-isolatie','Een lening uit het Warmtefonds','Het warmtenet','Hybride warmtepompen',"
            + "'Aquathermie uit de gracht','Een vast buurtteam','Een energiecoöperatie','Het omgevingsplan',"
            + "'Een buurtkrant','Een informatiemarkt','Een wijkuitvoeringsplan','Een kennisdag voor gemeenten',"
            + "'Voorbeeldwoningen','Gezamenlijke inkoop','Na-isolatie van spouwmuren']";
    static final String EFFECTS = "array['hogere deelname','snellere besluitvorming','lagere kosten per woning',"
            + "'meer vertrouwen bij bewoners','minder bezwaren','een betere planning','meer aanmeldingen',"
            + "'een kortere doorlooptijd','minder uitval na de eerste stap','betere samenwerking met de corporatie',"
            + "'hogere tevredenheid','meer draagvlak voor het warmtenet','minder overlast tijdens de verbouwing']";
    static final String GROUPS = "array['huurders','particuliere eigenaren','VvE''s','ouderen','jonge gezinnen',"
            + "'ondernemers','bewoners met een laag inkomen','anderstalige bewoners']";
    static final String ADVICE = "array['Begin klein, met één straat, en bouw uit wat werkt.',"
            + "'Betrek de woningcorporatie vanaf het eerste plan.','Zorg voor één vast aanspreekpunt voor bewoners.',"
            + "'Reken de maandlasten voor per woningtype voordat je vraagt om in te stemmen.',"
            + "'Plan de werkzaamheden buiten de stookperiode.','Laat bewoners elkaar vertellen wat het oplevert.',"
            + "'Leg afspraken met de netbeheerder vroeg vast.','Meet vooraf hoe het staat, anders is de winst niet te laten zien.']";
    static final String HOUSING = "array['vooroorlogse rijtjeshuizen','portiekflats uit de jaren vijftig',"
            + "'galerijflats uit de jaren zestig','twee-onder-een-kapwoningen','naoorlogse eengezinswoningen',"
            + "'een dorpskern met vrijstaande woningen']";

    /**
     * One row per lesson with everything both services store of it, computed once per database from the same
     * formulas (so the two copies agree). Spreads: statuses 80 % published, 8 % draft, 5 % in review, 5 %
     * superseded, 2 % retracted; two tags each (a theme/component pair of 160 and one of the 15 seeded
     * components); origin in one of its proeftuin's three buurten; created 2019 to mid-2025, so nothing seeded (suggested +1 day, concluded +300 days) lies in the future.
     */
    static final String SEED_LESSON = """
            create temp table seed_lesson as
            select i, md5('schaal-les-' || i)::uuid as id, p.id as proeftuin_id, p.gemeente_code, p.name as pilot,
                   o.code as origin, o.bi as origin_i,
                   case when i * 37 %% 100 < 80 then 'PUBLISHED' when i * 37 %% 100 < 88 then 'DRAFT'
                        when i * 37 %% 100 < 93 then 'IN_REVIEW' when i * 37 %% 100 < 98 then 'SUPERSEDED'
                        else 'RETRACTED' end as status,
                   (%1$s)[1 + i %% 8] as theme,
                   (%1$s)[1 + i %% 8] || '/' || (%2$s)[1 + (i / 8) %% 20] as tag1,
                   (%3$s)[1 + (i * 11) %% 15] as tag2,
                   (%4$s)[1 + i %% 18] || ': ' || (%5$s)[1 + (i / 18) %% 13] as title,
                   (%4$s)[1 + i %% 18] || ' leidde in ' || p.name || ' tot ' || (%5$s)[1 + (i / 18) %% 13]
                       || '. Na ' || (3 + i %% 30) || ' maanden had ' || (20 + i %% 70) || '%% van de huishoudens '
                       || 'meegedaan. Het werkte vooral bij ' || (%6$s)[1 + i %% 8] || '; bij '
                       || (%6$s)[1 + (i / 8) %% 8] || ' was meer nodig.' as lesson_text,
                   (%7$s)[1 + i %% 8] || ' ' || (%7$s)[1 + (i / 8) %% 8] as recommendation,
                   'Buurt met ' || (%8$s)[1 + i %% 6] || ', ' || (10 + i %% 80) || '%% huurwoningen.' as context,
                   (array['GROEI','REPLICATIE','CIRCULATIE'])[1 + i %% 3] as route,
                   (array['GENERIEK','MENU','SPECIFIEK'])[1 + i %% 3] as layer,
                   (array['SUCCESS','PARTIAL','FAILURE'])[1 + i %% 3] as outcome,
                   case when i * 53 %% 100 < 55 then 'ORIGIN_ONLY' when i * 53 %% 100 < 75 then 'INDICATIVE'
                        when i * 53 %% 100 < 87 then 'REPLICATED' when i * 53 %% 100 < 92 then 'ESTABLISHED'
                        else 'CONTESTED' end as evidence_level,
                   timestamptz '2019-01-01 08:00+00' + (i::bigint * 2521 %% 3400000) * interval '1 minute' as created
              from generate_series(0, %9$d - 1) i
              join seed_proeftuin p on p.n = i %% %10$d
              join seed_buurt o on o.bi = (p.first_buurt + i / %10$d %% 3) %% %11$d""";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int proeftuinen = Integer.parseInt(args[1]);
        int lessons = Integer.parseInt(args[2]);
        int perLesson = Integer.parseInt(args[3]);
        String base = "jdbc:postgresql://localhost:" + port + "/";
        long start = System.nanoTime();

        // The buurten, with the type the newest published typology gives them, from typology-service's database.
        StringBuilder buurten = new StringBuilder();
        int count = 0;
        try (Connection typology = DriverManager.getConnection(base + "typology", "postgres", "postgres");
             Statement statement = typology.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select n.code, n.name, n.gemeente_naam, t.id, a.type_number, tt.label, t.basis
                       from neighbourhood n
                       left join lateral (select id, basis from typology where status = 'PUBLISHED'
                                          order by version desc limit 1) t on true
                       left join typology_assignment a on a.typology_id = t.id and a.buurt_code = n.code
                       left join typology_type tt on tt.typology_id = t.id and tt.type_number = a.type_number
                      order by n.code""")) {
            while (rows.next()) {
                buurten.append(count++);
                for (int c = 1; c <= 7; c++) {
                    String value = rows.getString(c);
                    buurten.append(',').append(value == null ? "" : '"' + value.replace("\"", "\"\"") + '"');
                }
                buurten.append('\n');
            }
        }
        if (count == 0) {
            throw new IllegalStateException("typology-service holds no buurten yet: wait for the suite's first load");
        }
        System.out.printf("%,d buurten from the typology database%n", count);

        try (Connection db = DriverManager.getConnection(base + "lessons", "postgres", "postgres")) {
            prepare(db, buurten, proeftuinen, lessons, count);
            if (!seededAlready(db, "select count(*) from proeftuin where id like 'schaal-%'")) {
            timed(db, "proeftuin", """
                    insert into proeftuin (id, gemeente_naam, gemeente_code, wijk_naam, ronde, selectie_jaar,
                                           warmtestrategie, bron_url, opmerking)
                    select id, gemeente_naam, gemeente_code, wijk_naam, 1 + n % 9, 2018 + n % 9,
                           (array['Warmtenet','Hybride warmtepompen op groen gas','All-electric met isolatie',
                                  'Aquathermie','Bodemwarmte met bronnet','Isolatie, later warmtenet'])[1 + n % 6],
                           'https://www.aardgasvrijewijken.nl/proeftuinen', 'synthetisch (SeedScale)'
                      from seed_proeftuin""");
            timed(db, "proeftuin_buurt", """
                    insert into proeftuin_buurt (proeftuin_id, buurt_code)
                    select p.id, b.code from seed_proeftuin p, generate_series(0, 2) k
                      join seed_buurt b on true where b.bi = (p.first_buurt + k) % """ + count);
            timed(db, "proeftuin_condition", """
                    insert into proeftuin_condition (proeftuin_id, condition)
                    select id, (array['EXTRA_FINANCIERING','VRIJSTELLING','PIONIERS'])[1 + n % 3] from seed_proeftuin""");
            timed(db, "approach_component", """
                    insert into approach_component (code, label, added_by, added_at)
                    select distinct tag1, initcap(split_part(tag1, '/', 2)), 'seed', now() from seed_lesson
                    on conflict do nothing""");
            timed(db, "lesson", """
                    insert into lesson (id, title, created_at, updated_at, version, status, proeftuin_id, content,
                                        published_at)
                    select id, title, created, created + interval '20 days',
                           case status when 'DRAFT' then 0 when 'IN_REVIEW' then 1 else 2 end, status, proeftuin_id,
                           jsonb_build_object('title', title, 'context', context, 'module', tag1, 'lesson', lesson_text,
                               'recommendation', recommendation, 'outcome', outcome,
                               'indicators', jsonb_build_array(jsonb_build_object('name', 'deelname', 'value',
                                   20 + i % 70, 'unit', '%', 'date', '2024-06-01')),
                               'evidenceLinks', jsonb_build_array('https://www.aardgasvrijewijken.nl/proeftuinen'),
                               'proeftuinId', proeftuin_id, 'originBuurtCodes', jsonb_build_array(origin),
                               'themes', jsonb_build_array(theme), 'routes', jsonb_build_array(route),
                               'claimedLayer', layer, 'rightscaling', null, 'skills', '[]'::jsonb,
                               'experimentConditions', '["EXTRA_FINANCIERING"]'::jsonb, 'barrier', null,
                               'exemption', null),
                           case when status in ('PUBLISHED','SUPERSEDED','RETRACTED') then created + interval '20 days' end
                      from seed_lesson""");
            timed(db, "lesson_tag", """
                    insert into lesson_tag (lesson_id, tag)
                    select id, tag1 from seed_lesson union select id, tag2 from seed_lesson""");
            // Drafts have their first version; the others also the review and the publication (three).
            timed(db, "lesson_version", """
                    insert into lesson_version (lesson_id, version, status, change, changed_by, changed_at, snapshot)
                    select l.id, v, case v when 0 then 'DRAFT' when 1 then 'IN_REVIEW' else 'PUBLISHED' end,
                           case v when 0 then 'created' when 1 then 'status:IN_REVIEW' else 'status:PUBLISHED' end,
                           'seed', s.created + v * interval '10 days', l.content
                      from seed_lesson s join lesson l on l.id = s.id,
                           generate_series(0, case s.status when 'DRAFT' then 0 when 'IN_REVIEW' then 1 else 2 end) v""");
            timed(db, "lesson_search", """
                    insert into lesson_search (lesson_id, status, title, lesson_text, recommendation, context, module,
                                               themes, routes, claimed_layer, tags, proeftuin_id, proeftuin_name,
                                               gemeente_code, origin_buurt_codes, evidence_level, evidence_rank,
                                               updated_at, published_at)
                    select id, status, title, lesson_text, recommendation, context, tag1, array[theme], array[route],
                           layer, array[tag1, tag2], proeftuin_id, pilot, gemeente_code, array[origin], evidence_level,
                           case evidence_level when 'ESTABLISHED' then 4 when 'REPLICATED' then 3
                                when 'INDICATIVE' then 2 when 'CONTESTED' then 0 else 1 end,
                           created + interval '20 days',
                           case when status in ('PUBLISHED','SUPERSEDED','RETRACTED') then created + interval '20 days' end
                      from seed_lesson""");
            analyze(db);
            }
        }

        try (Connection db = DriverManager.getConnection(base + "verification", "postgres", "postgres")) {
            prepare(db, buurten, proeftuinen, lessons, count);
            if (!seededAlready(db, "select count(*) from lesson where proeftuin_id like 'schaal-%'")) {
            timed(db, "lesson", """
                    insert into lesson (id, proeftuin_id, gemeente_code, origin_buurt_codes, routes, claimed_layer,
                                        experiment_conditions, tagged_at, last_event_id, updated_at, title, pilot,
                                        recommendation, outcome, indicators, themes, module)
                    select id, proeftuin_id, gemeente_code, jsonb_build_array(origin), jsonb_build_array(route), layer,
                           '["EXTRA_FINANCIERING"]', created + interval '1 day', 'seed-' || i,
                           created + interval '20 days', title, pilot, recommendation, outcome,
                           jsonb_build_array(jsonb_build_object('name', 'deelname', 'value', 20 + i % 70, 'unit', '%',
                               'date', '2024-06-01')), jsonb_build_array(theme), tag1
                      from seed_lesson""");
            timed(db, "lesson_tag", """
                    insert into lesson_tag (lesson_id, tag, first_tagged_at)
                    select id, tag1, created + interval '1 day' from seed_lesson
                    union select id, tag2, created + interval '1 day' from seed_lesson""");
            // Targets: buurten spread over the country (stride 1381 through the ordered file, distinct per lesson
            // for up to 10), similarity falling with the rank. Statuses: 55 % suggested, 10 % accepted, 15 %
            // declined (three kinds), 20 % concluded (half confirmed, 30 % not, 20 % inconclusive).
            timed(db, "verification", """
                    insert into verification (id, lesson_id, target_buurt_code, target_gemeente_code, target_buurt_name,
                        similarity, status, suggested_at, source_event_id, version, basis_name, basis_version,
                        comparison, target_typology_id, target_type_number, target_type_label, target_proeftuin,
                        criteria, accepted_at, accepted_by, decline_reason, declined_at, declined_by, results, outcome,
                        adaptations, conditions_present, concluded_at, concluded_by, exploratory, selection,
                        decline_kind, decline_dimension, target_level, target_area_code)
                    select md5('schaal-ver-' || v.n)::uuid, l.id, b.code, 'GM' || substr(b.code, 3, 4), b.name,
                           round((0.97 - v.k * 0.03 - (v.n % 7) * 0.002)::numeric, 4), v.status,
                           l.created + interval '1 day', 'seed-' || l.i, 0, coalesce(b.basis, 'warmte-en-wonen'), 1,
                           jsonb_build_object('STEDELIJKHEID', jsonb_build_object('distance', (v.n % 10) / 20.0,
                               'contribution', (v.n % 10) / 100.0), 'LOG_WONINGEN', jsonb_build_object('distance',
                               (v.n % 7) / 14.0, 'contribution', (v.n % 7) / 70.0)),
                           b.typology_id::uuid, b.type_number, b.type_label, v.k = 0,
                           case when v.status in ('ACCEPTED','CONCLUDED') then jsonb_build_array(jsonb_build_object(
                               'indicator', 'deelname', 'comparison', 'AT_LEAST', 'threshold', 40.0, 'unit', '%',
                               'measuredOn', '2025-06-01')) end,
                           case when v.status in ('ACCEPTED','CONCLUDED') then l.created + interval '30 days' end,
                           case when v.status in ('ACCEPTED','CONCLUDED') then 'seed' end,
                           case when v.status = 'DECLINED' then v.reason end,
                           case when v.status = 'DECLINED' then l.created + interval '30 days' end,
                           case when v.status = 'DECLINED' then 'seed' end,
                           case v.outcome when 'CONFIRMED' then '[{"indicator":"deelname","measuredValue":52.0,"met":true}]'::jsonb
                                when 'NOT_CONFIRMED' then '[{"indicator":"deelname","measuredValue":31.0,"met":false}]'::jsonb
                                when 'INCONCLUSIVE' then '[{"indicator":"deelname","measuredValue":null,"met":null}]'::jsonb end,
                           v.outcome,
                           case when v.status = 'CONCLUDED' then '["per bouwblok"]'::jsonb end,
                           case when v.status = 'CONCLUDED' then '["EXTRA_FINANCIERING"]'::jsonb end,
                           case when v.status = 'CONCLUDED' then l.created + interval '300 days' end,
                           case when v.status = 'CONCLUDED' then 'seed' end,
                           false, 'SUGGESTED',
                           case when v.status = 'DECLINED' then v.kind end,
                           case when v.status = 'DECLINED' and v.kind = 'DIMENSION_DIFFERS' then 'STEDELIJKHEID' end,
                           'BUURT', b.code
                      from seed_lesson l, generate_series(0, :per - 1) k,
                           lateral (select l.i::bigint * :per + k as n, k) g,
                           lateral (select g.n, g.k,
                                    case when g.n * 7919 % 100 < 55 then 'SUGGESTED' when g.n * 7919 % 100 < 65 then 'ACCEPTED'
                                         when g.n * 7919 % 100 < 80 then 'DECLINED' else 'CONCLUDED' end as status,
                                    (array['NO_CAPACITY','APPROACH_ALREADY_CHOSEN','DIMENSION_DIFFERS'])[1 + g.n % 3] as kind,
                                    (array['Geen capaciteit dit jaar','Er is al voor een aanpak gekozen',
                                           'De stedelijkheid verschilt te veel'])[1 + g.n % 3] as reason) s0,
                           lateral (select s0.*, case when s0.status = 'CONCLUDED' then
                                        case when g.n * 31 % 10 < 5 then 'CONFIRMED' when g.n * 31 % 10 < 8
                                             then 'NOT_CONFIRMED' else 'INCONCLUSIVE' end end as outcome) v
                      , seed_buurt b where b.bi = (l.origin_i + 1 + v.k * 1381) % :count"""
                    .replace(":per", Integer.toString(perLesson)).replace(":count", Integer.toString(count)));
            timed(db, "advice_stale_tag", "insert into advice_stale_tag (tag, marked_at)"
                    + " select distinct tag, now() from lesson_tag on conflict do nothing");
            analyze(db);
            }
            settled(db);
        }
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /**
     * Waits until verification-service has derived the advice of every tag the seed marked stale. A running suite
     * keeps its advice current as lessons come; a seed writes 100,000 at once, and their derivation (every tag, some
     * 2 million rows read) is work the suite does once, after the seed. Measured before it ends, a load measures that
     * too: in session 19 it took the first 64 s of the tag load's warm-up.
     */
    static void settled(Connection db) throws Exception {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MINUTES.toNanos(15);
        try (Statement statement = db.createStatement()) {
            while (true) {
                try (ResultSet rows = statement.executeQuery("select count(distinct tag) from advice_stale_tag")) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        break;
                    }
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException(rows.getLong(1) + " tag(s) still wait for their advice after"
                                + " 15 minutes: is verification-service running?");
                    }
                }
                TimeUnit.SECONDS.sleep(1);
            }
        }
        System.out.printf("verification: the seed's advice derived in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The buurten and the proeftuinen (each on three consecutive buurten of the ordered file) as temp tables. */
    static void prepare(Connection db, StringBuilder buurten, int proeftuinen, int lessons, int count) throws Exception {
        db.setAutoCommit(false);
        try (Statement statement = db.createStatement()) {
            statement.execute("create temp table seed_buurt (bi int primary key, code text, name text, gemeente text,"
                    + " typology_id text, type_number int, type_label text, basis text)");
        }
        ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                "copy seed_buurt from stdin with (format csv)", new StringReader(buurten.toString()));
        try (Statement statement = db.createStatement()) {
            statement.execute("""
                    create temp table seed_proeftuin as
                    select n, 'schaal-' || lpad(n::text, 5, '0') as id, b.gemeente as gemeente_naam,
                           'GM' || substr(b.code, 3, 4) as gemeente_code, b.name as wijk_naam,
                           b.gemeente || ', ' || b.name as name, b.bi as first_buurt
                      from generate_series(0, %d - 1) n join seed_buurt b on b.bi = n * 13 %% %d"""
                    .formatted(proeftuinen, count).replace("%%", "%"));
            statement.execute(SEED_LESSON.formatted(THEMES, COMPONENTS, SEEDED_TAGS, SUBJECTS, EFFECTS, GROUPS, ADVICE,
                    HOUSING, lessons, proeftuinen, count));
            statement.execute("create index on seed_lesson (id)");
        }
    }

    /** Each database is seeded in one transaction; one seeded already (by an earlier, interrupted run) is kept. */
    static boolean seededAlready(Connection db, String sql) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            if (rows.getLong(1) > 0) {
                System.out.println(db.getCatalog() + " is seeded already: left as it is (start with --fresh to reseed)");
                return true;
            }
            return false;
        }
    }

    static void timed(Connection db, String table, String sql) throws Exception {
        long start = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            int rows = statement.executeUpdate(sql);
            System.out.printf("%s.%s: %,d rows in %.1f s%n", db.getCatalog(), table, rows, (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Commits the seed (all of one database or nothing), vacuums and analyzes it as autovacuum would later, then
     * checkpoints. Why the checkpoint: the seed writes some 3 GB of WAL, which counts towards the next checkpoint the
     * server begins by itself (max_wal_size), and after a checkpoint begins every page's first change writes the whole
     * page to the WAL. Without it that checkpoint came in the second measured minute of session 20's tag load; with it,
     * seven minutes into the load (session 21, docs/benchmarks.md).
     */
    static void analyze(Connection db) throws Exception {
        db.commit();
        db.setAutoCommit(true);
        long start = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            statement.execute("vacuum analyze");
            statement.execute("checkpoint");
        }
        System.out.printf("%s: vacuum analyze and checkpoint in %.1f s%n", db.getCatalog(),
                (System.nanoTime() - start) / 1e9);
    }
}
