import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Bulk-loads realistic synthetic lessons into lessons-service's search read model ({@code lesson_search}), for the
 * benchmark only: Dutch titles, texts and recommendations built from the vocabulary of the PAW proeftuinen,
 * spread over themes, routes, layers, tags, proeftuinen, gemeenten, statuses and evidence levels the way a
 * mature register might look. Seeded, so every run loads the same corpus. Earlier synthetic rows are replaced.
 * Usage: java -cp postgresql.jar LessonCorpus.java [jdbc-url] [count]
 */
public class LessonCorpus {

    static final String[] THEMES = {"participatie", "financiering", "techniek", "organisatie", "regelgeving",
            "communicatie", "planning", "kennis"};
    static final String[][] SUBJECTS = {
            {"Keukentafelgesprekken", "Buurtambassadeurs", "Bewonersavonden", "Huis-aan-huisbezoeken", "Energiecoaches",
                    "Een klankbordgroep van bewoners", "Inloopspreekuren in het buurthuis", "Voorbeeldwoningen"},
            {"Een gebiedsfonds", "Subsidie voor na-isolatie", "Een lening uit het Warmtefonds", "Gezamenlijke inkoop",
                    "Een vaste bijdrage per woning", "Gebouwgebonden financiering", "De rijksbijdrage"},
            {"Een collectieve warmtepomp", "Het warmtenet", "Na-isolatie van spouwmuren", "Hybride warmtepompen",
                    "Een bodemwarmtebron", "Aquathermie uit de gracht", "Inductiekoken", "Ventilatie met warmteterugwinning"},
            {"Een vast buurtteam", "Een projectleider van de gemeente", "Samenwerking met de woningcorporatie",
                    "Een energiecoöperatie", "Een regieteam", "Afspraken met de netbeheerder"},
            {"Een aanwijzingsbesluit", "Het omgevingsplan", "Een vergunningvrije aanpak", "Een experimenteerregeling",
                    "Een warmtekavel"},
            {"Een buurtkrant", "Een informatiemarkt", "Een wijkwebsite", "Persoonlijke brieven", "Rondleidingen langs "
                    + "verbouwde woningen", "Een appgroep per straat"},
            {"Een wijkuitvoeringsplan", "De transitievisie warmte", "Een buurtschouw", "Een haalbaarheidsstudie"},
            {"Een kennisdag voor gemeenten", "Een leerkring van projectleiders", "Een handboek van de aanpak",
                    "Trainingen voor energiecoaches"}};
    static final String[] COMPONENTS = {"keukentafelgesprekken", "buurtambassadeurs", "gebiedsfonds", "warmtefonds",
            "collectieve-inkoop", "warmtenet", "warmtepomp", "na-isolatie", "aquathermie", "buurtteam", "corporatie",
            "energiecooperatie", "omgevingsplan", "experimenteerregeling", "buurtkrant", "informatiemarkt",
            "wijkuitvoeringsplan", "nulmeting", "enquete", "voorbeeldwoning"};
    static final String[] EFFECTS = {"hogere deelname", "snellere besluitvorming", "lagere kosten per woning",
            "meer vertrouwen bij bewoners", "minder bezwaren", "een betere planning", "meer aanmeldingen",
            "een kortere doorlooptijd", "minder uitval na de eerste stap", "betere samenwerking met de corporatie",
            "hogere tevredenheid", "meer draagvlak voor het warmtenet", "minder overlast tijdens de verbouwing"};
    static final String[] GROUPS = {"huurders", "particuliere eigenaren", "VvE's", "ouderen", "jonge gezinnen",
            "ondernemers", "bewoners met een laag inkomen", "anderstalige bewoners"};
    static final String[] ACTIONS = {"een keukentafelgesprek gehad", "zich aangemeld voor het warmtenet",
            "de woning laten isoleren", "een warmtepomp laten plaatsen", "ingestemd met de aanpak",
            "een energiescan laten doen", "de gasaansluiting laten verwijderen"};
    static final String[] ADVICE = {"Begin klein, met één straat, en bouw uit wat werkt.",
            "Betrek de woningcorporatie vanaf het eerste plan.", "Zorg voor één vast aanspreekpunt voor bewoners.",
            "Reken de maandlasten voor per woningtype voordat je vraagt om in te stemmen.",
            "Plan de werkzaamheden buiten de stookperiode.", "Laat bewoners elkaar vertellen wat het oplevert.",
            "Leg afspraken met de netbeheerder vroeg vast.", "Vertaal de brieven en bied gesprekken in eigen taal aan.",
            "Meet vooraf hoe het staat, anders is de winst niet te laten zien."};
    static final String[] HOUSING = {"vooroorlogse rijtjeshuizen", "portiekflats uit de jaren vijftig",
            "galerijflats uit de jaren zestig", "twee-onder-een-kapwoningen", "grachtenpanden",
            "naoorlogse eengezinswoningen", "een dorpskern met vrijstaande woningen"};
    static final String[][] PROEFTUINEN = {{"Groningen, Paddepoel en Selwerd", "GM0014"},
            {"Amsterdam, Van der Pekbuurt", "GM0363"}, {"Utrecht, Overvecht-Noord", "GM0344"},
            {"Rotterdam, Pendrecht", "GM0599"}, {"Den Haag, Bouwlust en Vrederust", "GM0518"},
            {"Tilburg, Quirijnstok", "GM0855"}, {"Eindhoven, Woensel-West", "GM0772"}, {"Nijmegen, Dukenburg", "GM0268"},
            {"Arnhem, Presikhaaf", "GM0202"}, {"Zwolle, Holtenbroek", "GM0193"},
            {"Leeuwarden, Heechterp-Schieringen", "GM0080"}, {"Assen, Lariks", "GM0106"}, {"Emmen, Pottendijk", "GM0114"},
            {"Enschede, Twekkelerveld", "GM0153"}, {"Deventer, Rivierenwijk", "GM0150"},
            {"Apeldoorn, Zevenhuizen", "GM0200"}, {"Amersfoort, Kruiskamp", "GM0307"}, {"Hengelo, Nijverheid", "GM0164"},
            {"Zaanstad, Poelenburg", "GM0479"}, {"Haarlem, Ramplaankwartier", "GM0392"}, {"Leiden, Stevenshof", "GM0546"},
            {"Delft, Buitenhof", "GM0503"}, {"Dordrecht, Sterrenburg", "GM0505"}, {"Breda, Heuvelkwartier", "GM0758"},
            {"'s-Hertogenbosch, Hintham", "GM0796"}, {"Maastricht, Heer", "GM0935"}, {"Heerlen, Hoensbroek", "GM0917"},
            {"Venlo, Vossener", "GM0983"}, {"Middelburg, Dauwendaele", "GM0687"}, {"Vlissingen, Lammerenburg", "GM0718"},
            {"Almere, Haven", "GM0034"}, {"Lelystad, Atolwijk", "GM0995"}, {"Purmerend, Overwhere", "GM0439"},
            {"Hoogeveen, Erflanden", "GM0118"}, {"Wageningen, Benedenbuurt", "GM0289"}, {"Loppersum, Garsthuizen", "GM1952"}};
    static final String[] ROUTES = {"GROEI", "REPLICATIE", "CIRCULATIE", "INSTITUTIONALISERING"};
    static final String[] LAYERS = {"GENERIEK", "MENU", "SPECIFIEK"};
    /** Skewed the way a register matures: most lessons published, most evidence still from the origin only. */
    static final String[] STATUSES = weighted(new String[]{"PUBLISHED", "DRAFT", "IN_REVIEW", "SUPERSEDED", "RETRACTED"},
            new int[]{80, 8, 5, 5, 2});
    static final String[] LEVELS = weighted(new String[]{"ORIGIN_ONLY", "INDICATIVE", "REPLICATED", "ESTABLISHED",
            "CONTESTED"}, new int[]{55, 20, 12, 5, 8});

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:54329/lessons";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Random random = new Random(20261128L);
        // Proeftuin ids are slugs of gemeente and wijk, as lessons-service's proeftuin register makes them.
        String[] proeftuinIds = new String[PROEFTUINEN.length];
        for (int i = 0; i < proeftuinIds.length; i++) {
            proeftuinIds[i] = java.text.Normalizer.normalize(PROEFTUINEN[i][0], java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres")) {
            try (Statement statement = connection.createStatement()) {
                // Synthetic rows are recognisable by their tag, so a rerun replaces them and leaves real lessons be.
                // Their removal is announced as LessonSearchIndex.remove does, so a running service forgets them.
                statement.executeUpdate("with gone as (delete from lesson_search where 'synthetisch' = any(tags) "
                        + "returning lesson_id) insert into lesson_search_removed (lesson_id) select lesson_id from gone "
                        + "on conflict (lesson_id) do update set written_by = pg_current_xact_id()");
            }
            var copy = ((PGConnection) connection.unwrap(PGConnection.class)).getCopyAPI();
            String sql = "copy lesson_search (lesson_id, status, title, lesson_text, recommendation, context, module, "
                    + "themes, routes, claimed_layer, tags, proeftuin_id, proeftuin_name, gemeente_code, "
                    + "origin_buurt_codes, evidence_level, evidence_rank, updated_at, published_at) from stdin "
                    + "with (format csv)";
            int batch = 10_000;
            for (int from = 0; from < count; from += batch) {
                StringBuilder csv = new StringBuilder();
                for (int i = from; i < Math.min(count, from + batch); i++) {
                    row(csv, random, proeftuinIds);
                }
                copy.copyIn(sql, new StringReader(csv.toString()));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("vacuum analyze lesson_search");
            }
        }
        System.out.printf("loaded %,d synthetic lessons in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
    }

    static void row(StringBuilder csv, Random random, String[] proeftuinIds) {
        int theme = random.nextInt(THEMES.length);
        String subject = pick(random, SUBJECTS[theme]);
        String effect = pick(random, EFFECTS);
        int p = random.nextInt(PROEFTUINEN.length);
        String[] proeftuin = PROEFTUINEN[p];
        String status = pick(random, STATUSES);
        String level = pick(random, LEVELS);
        Set<String> themes = new LinkedHashSet<>(List.of(THEMES[theme]));
        if (random.nextInt(3) == 0) {
            themes.add(pick(random, THEMES));
        }
        Set<String> routes = new LinkedHashSet<>(List.of(pick(random, ROUTES)));
        if (random.nextInt(4) == 0) {
            routes.add(pick(random, ROUTES));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String t : themes) {
            tags.add(t + "/" + pick(random, COMPONENTS));
        }
        tags.add(pick(random, COMPONENTS));
        tags.add("synthetisch");
        List<String> origins = new ArrayList<>();
        String digits = proeftuin[1].substring(2);
        origins.add(String.format("BU%s%04d", digits, random.nextInt(100)));
        if (random.nextInt(5) == 0) {
            origins.add(String.format("BU%s%04d", digits, 100 + random.nextInt(100)));
        }
        int months = 3 + random.nextInt(30);
        int percent = 20 + random.nextInt(70);
        String title = subject + ": " + effect;
        String lesson = subject + " leidde in " + proeftuin[0] + " tot " + effect + ". Na " + months
                + " maanden had " + percent + "% van de huishoudens " + pick(random, ACTIONS) + ". Het werkte vooral bij "
                + pick(random, GROUPS) + "; bij " + pick(random, GROUPS) + " was meer nodig.";
        String recommendation = pick(random, ADVICE) + " " + pick(random, ADVICE);
        String context = "Buurt met " + pick(random, HOUSING) + ", " + (10 + random.nextInt(80)) + "% huurwoningen, "
                + "aardgas tot " + (2025 + random.nextInt(10)) + ".";
        String module = "Module " + THEMES[theme] + ": " + subject.toLowerCase();
        OffsetDateTime updated = OffsetDateTime.of(2019, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC)
                .plusMinutes(random.nextInt(8 * 365 * 24 * 60));
        boolean published = !status.equals("DRAFT") && !status.equals("IN_REVIEW");
        String rank = switch (level) {
            case "ESTABLISHED" -> "4";
            case "REPLICATED" -> "3";
            case "INDICATIVE" -> "2";
            case "CONTESTED" -> "0";
            default -> "1";
        };
        String layer = random.nextInt(5) == 0 ? "" : pick(random, LAYERS);
        csv.append(UUID.randomUUID()).append(',').append(status).append(',')
                .append(quote(title)).append(',').append(quote(lesson)).append(',').append(quote(recommendation))
                .append(',').append(quote(context)).append(',').append(quote(module)).append(',')
                .append(array(themes)).append(',').append(array(routes)).append(',').append(layer).append(',')
                .append(array(tags)).append(',').append(proeftuinIds[p]).append(',')
                .append(quote(proeftuin[0])).append(',').append(proeftuin[1]).append(',').append(array(origins))
                .append(',').append(level).append(',').append(rank).append(',').append(updated).append(',')
                .append(published ? updated.toString() : "").append('\n');
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static String array(Iterable<String> values) {
        return quote("{" + String.join(",", values) + "}");
    }

    static String[] weighted(String[] values, int[] weights) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            for (int w = 0; w < weights[i]; w++) {
                out.add(values[i]);
            }
        }
        return out.toArray(String[]::new);
    }
}
