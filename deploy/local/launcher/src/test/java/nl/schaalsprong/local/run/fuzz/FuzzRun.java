package nl.schaalsprong.local.run.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends {@code total} requests, spread evenly over every operation of the given services in turn, with a few
 * requests in flight at once, and judges each answer ({@link Verdict}). Which request is sent depends only on the
 * seed and its index; the order of the answers does not matter.
 */
public final class FuzzRun {

    /** Failures printed in full; the rest are counted. */
    private static final int SHOWN_FAILURES = 10;

    public record Failure(FuzzRequest request, String reason, int status, String body) {
        public String describe() {
            String shown = body == null ? "" : body.length() > 1500 ? body.substring(0, 1500) + "..." : body;
            return reason + "\n" + request.describe() + "--> " + status + "\n" + shown + "\n";
        }
    }

    public record Result(int sent, Map<String, Integer> perService, Map<String, Map<Integer, Integer>> statuses,
                         List<Failure> failures, Duration took) {
        public String summary(long seed) {
            StringBuilder text = new StringBuilder("fuzz: seed " + seed + ", " + sent + " requests in "
                    + took.toSeconds() + " s\n");
            perService.forEach((service, count) -> text.append("  ").append(service).append(": ").append(count)
                    .append(" requests, statuses ").append(statuses.get(service)).append('\n'));
            text.append("  failures: ").append(failures.size()).append('\n');
            return text.toString();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Result run(List<RequestFactory> factories, long seed, int total, int parallel) {
        List<Map.Entry<RequestFactory, ApiOperation>> operations = new ArrayList<>();
        factories.forEach(f -> f.operations().forEach(o -> operations.add(Map.entry(f, o))));
        Map<String, Integer> perService = new ConcurrentHashMap<>();
        Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        long begin = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int index = 0; index < total; index++) {
                Map.Entry<RequestFactory, ApiOperation> target = operations.get(index % operations.size());
                FuzzRequest request = target.getKey().build(target.getValue(), seed, index);
                pending.add(pool.submit(() -> {
                    send(request, failures, statuses);
                    perService.merge(request.service(), 1, Integer::sum);
                    int done = sent.incrementAndGet();
                    if (done % 2000 == 0) {
                        System.out.printf("fuzz: %d of %d sent, %d s%n", done, total,
                                Duration.ofNanos(System.nanoTime() - begin).toSeconds());
                    }
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("the fuzz run itself failed", e);
        } finally {
            pool.shutdownNow();
        }
        failures.sort(java.util.Comparator.comparingInt(f -> f.request().index()));
        return new Result(sent.get(), new TreeMap<>(perService), new TreeMap<>(statuses), List.copyOf(failures),
                Duration.ofNanos(System.nanoTime() - begin));
    }

    private void send(FuzzRequest request, List<Failure> failures, Map<String, Map<Integer, Integer>> statuses) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url())).timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach(builder::header);
        int status;
        String body;
        String contentType;
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            body = response.body();
            contentType = response.headers().firstValue("Content-Type").orElse(null);
        } catch (Exception e) {
            failures.add(new Failure(request, "no answer: " + e, 0, null));
            return;
        }
        statuses.computeIfAbsent(request.service(), s -> Collections.synchronizedMap(new TreeMap<>())).merge(status, 1, Integer::sum);
        Optional<String> wrong = Verdict.judge(request, request.mustBeRefused(), status, contentType, body);
        wrong.ifPresent(reason -> failures.add(new Failure(request, reason, status, body)));
    }

    public static String describe(List<Failure> failures) {
        StringBuilder text = new StringBuilder();
        failures.stream().limit(SHOWN_FAILURES).forEach(f -> text.append(f.describe()).append('\n'));
        if (failures.size() > SHOWN_FAILURES) {
            text.append("... and ").append(failures.size() - SHOWN_FAILURES).append(" more\n");
        }
        return text.toString();
    }
}
