import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Load for verification-service on the running local suite: publishes LessonTagged CloudEvents (as lessons-service
 * would) at a fixed rate, samples the consumer group's lag every second, and afterwards reads from the
 * verification database how long each tag took until its suggestions were stored (suggested_at minus the
 * CloudEvent time; suggested_at is taken in the transaction that stores them, which commits right after).
 * Usage: java -cp "deploy/local/launcher/target/lib/*" TagLoad.java RATE SECONDS, or RATE:SECONDS ... for phases one
 * after the other in this JVM (the first a warm-up, say), each reported on its own.
 * Environment: KAFKA (localhost:59092), JDBC (jdbc:postgresql://localhost:54329/verification), CBS (the buurten csv).
 */
public class TagLoad {

    static final String TOPIC = "schaalsprong.lessons";
    static final String GROUP = "verification-service";

    record Lag(long second, long lag) {
    }

    /** One stretch of load: RATE tags a second for SECONDS, then the drain, reported on its own. */
    record Phase(int rate, int seconds) {

        static Phase parse(String text) {
            String[] parts = text.split(":");
            return new Phase(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    public static void main(String[] args) throws Exception {
        // RATE SECONDS (one phase), or RATE:SECONDS ... (phases one after the other, in this one JVM).
        List<Phase> phases = args.length == 2 && !args[0].contains(":")
                ? List.of(new Phase(Integer.parseInt(args[0]), Integer.parseInt(args[1])))
                : java.util.Arrays.stream(args).map(Phase::parse).toList();
        String kafka = env("KAFKA", "localhost:59092");
        String jdbc = env("JDBC", "jdbc:postgresql://localhost:54329/verification");
        List<String> codes = buurtCodes(Path.of(env("CBS",
                "typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv")));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka));
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                     ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                     ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
             Connection db = DriverManager.getConnection(jdbc, env("PGUSER", "postgres"), env("PGPASSWORD", "postgres"))) {
            for (Phase phase : phases) {
                System.out.printf("== %d tags/s for %d s, from %s%n", phase.rate(), phase.seconds(),
                        Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
                run(phase, codes, admin, producer, db);
            }
        }
    }

    /**
     * Publishes the phase's tags, lets the consumers drain and reports. Phases share one JVM, so a measured phase
     * after a warm-up does not begin with this generator's own start (compiling this file, its JIT, the clients'
     * connections) on the same two cores as the suite, as it did when each rate was a JVM of its own (session 18).
     */
    static void run(Phase phase, List<String> codes, Admin admin, KafkaProducer<String, String> producer,
                    Connection db) throws Exception {
        int rate = phase.rate();
        Map<UUID, Instant> sent = new ConcurrentHashMap<>();
        List<Lag> lags = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        Thread sampler = new Thread(() -> sampleLag(admin, start, lags), "lag-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long total = (long) rate * phase.seconds();
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            UUID lesson = UUID.randomUUID();
            Instant now = Instant.now();
            sent.put(lesson, now);
            producer.send(new ProducerRecord<>(TOPIC, null, lesson.toString(),
                    event(lesson, codes.get((int) (i % codes.size())), now),
                    List.of(new RecordHeader("content-type",
                            "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8)))));
        }
        producer.flush();
        System.out.printf("published %d tags at %d/s in %.1f s%n", total, rate, (System.nanoTime() - start) / 1e9);
        // Let the consumer drain, still sampling lag. The database is read only once the lag is gone: the read
        // aggregates every tag's suggestions (some 70 ms in PostgreSQL for 6,000 tags), and read twice a
        // second while the consumers still work it took CPU from them (before 2026-12-07, session 18).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Map<UUID, Stored> stored = Map.of();
        while (System.nanoTime() < deadline) {
            if (lags.isEmpty() || lags.get(lags.size() - 1).lag() > 0) {
                Thread.sleep(200);
                continue;
            }
            int before = stored.size();
            stored = stored(db, sent.keySet());
            // Tags whose origin typology cannot compare wait for figures: once nothing more arrives, stop.
            if (stored.size() == sent.size() || (before > 0 && stored.size() == before)) {
                break;
            }
            Thread.sleep(2_000);
        }
        if (stored.isEmpty()) {
            stored = stored(db, sent.keySet()); // the lag never reached 0: report what was served by now
        }
        sampler.interrupt();
        sampler.join();
        report(rate, sent, stored, lags);
    }

    record Stored(Instant suggestedAt, int suggestions) {
    }

    static Map<UUID, Stored> stored(Connection db, java.util.Set<UUID> lessons) throws Exception {
        Map<UUID, Stored> stored = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement("select lesson_id, min(suggested_at), count(*) "
                + "from verification where lesson_id = any(?) group by lesson_id")) {
            query.setArray(1, db.createArrayOf("uuid", lessons.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getObject(1, UUID.class), new Stored(
                            rows.getObject(2, OffsetDateTime.class).toInstant(), rows.getInt(3)));
                }
            }
        }
        return stored;
    }

    static void report(int rate, Map<UUID, Instant> sent, Map<UUID, Stored> stored, List<Lag> lags) {
        List<Long> latencies = new ArrayList<>();
        long suggestions = 0;
        for (Map.Entry<UUID, Stored> entry : stored.entrySet()) {
            latencies.add(java.time.Duration.between(sent.get(entry.getKey()), entry.getValue().suggestedAt()).toMillis());
            suggestions += entry.getValue().suggestions();
        }
        Collections.sort(latencies);
        System.out.printf("rate %d/s: %d of %d tags served, %.1f suggestions per tag%n", rate, stored.size(), sent.size(),
                stored.isEmpty() ? 0.0 : (double) suggestions / stored.size());
        if (!latencies.isEmpty()) {
            System.out.printf("tag -> suggestions stored (ms): median %d, p90 %d, p99 %d, max %d%n",
                    pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies.get(latencies.size() - 1));
        }
        System.out.println("consumer lag (records behind) per 5 s: " + lags.stream()
                .filter(l -> l.second() % 5 == 0).map(l -> l.second() + "s:" + l.lag()).collect(Collectors.joining(" ")));
        System.out.printf("max lag %d%n", lags.stream().mapToLong(Lag::lag).max().orElse(0));
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static void sampleLag(Admin admin, long start, List<Lag> lags) {
        long second = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .filter(tp -> tp.topic().equals(TOPIC))
                        .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
                long lag = 0;
                for (var end : admin.listOffsets(latest).all().get().entrySet()) {
                    OffsetAndMetadata at = committed.get(end.getKey());
                    lag += end.getValue().offset() - (at == null ? 0 : at.offset());
                }
                lags.add(new Lag(second, lag));
                second++;
                long next = start + second * 1_000_000_000L;
                TimeUnit.NANOSECONDS.sleep(Math.max(0, next - System.nanoTime()));
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                System.err.println("lag sample failed: " + e.getMessage());
            }
        }
    }

    /** As lessons-service writes it: lesson.tagged.v1 in a structured-mode CloudEvent, key and subject the lesson. */
    static String event(UUID lesson, String origin, Instant time) {
        String data = """
                {"lessonId":"%s","title":"Benchmarkles","pilot":"Benchmark","originBuurtCodes":["%s"],
                 "addedTags":["participatie/keukentafelgesprekken"],"tags":["participatie/keukentafelgesprekken"],
                 "routes":["REPLICATIE"],"claimedLayer":"MENU","experimentConditions":["EXTRA_FINANCIERING"],
                 "taggedAt":"%s"}""".formatted(lesson, origin, OffsetDateTime.ofInstant(time, ZoneOffset.UTC));
        return """
                {"specversion":"1.0","id":"%s","type":"nl.schaalsprong.lesson.tagged.v1",
                 "source":"/schaalsprong/lessons-service","time":"%s","subject":"%s",
                 "datacontenttype":"application/json","dataschema":"https://schaalsprong.nl/schemas/lesson.tagged.v1.json",
                 "data":%s}""".formatted(UUID.randomUUID(), OffsetDateTime.ofInstant(time, ZoneOffset.UTC), lesson, data)
                .replace("\n", "");
    }

    /** Every 7th buurt of the national CBS file, so origins spread over the country. */
    static List<String> buurtCodes(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        List<String> codes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i += 7) {
            codes.add(lines.get(i).split(",", 2)[0].replace("\"", ""));
        }
        return codes;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
