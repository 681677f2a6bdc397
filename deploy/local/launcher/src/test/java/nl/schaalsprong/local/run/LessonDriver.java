package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Records, publishes and tags many lessons side by side, each through one of several lessons-service instances in
 * turn, as a client that retries would: a step that meets a service without its database (5xx) or without an
 * answer is sent again after a pause, and a move that may have been applied before its answer was lost is checked
 * against the lesson as it now is. So a broker or database outage in the middle of a run delays lessons but loses
 * none, and the lessons it returns are exactly the ones tagged.
 */
final class LessonDriver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PAUSE = Duration.ofMillis(500);
    private static final Duration GIVE_UP = Duration.ofMinutes(5);

    private final List<String> lessonsUrls;
    private final String contributor;
    private final String steward;
    private final IntFunction<List<String>> taggings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger done = new AtomicInteger();

    /** @param taggings the tags of the i-th lesson, each sent in a tagging request of its own, in this order */
    LessonDriver(List<String> lessonsUrls, String contributor, String steward, IntFunction<List<String>> taggings) {
        this.lessonsUrls = List.copyOf(lessonsUrls);
        this.contributor = contributor;
        this.steward = steward;
        this.taggings = taggings;
    }

    /** Lessons fully tagged so far by the running {@link #drive}. */
    int done() {
        return done.get();
    }

    /** Starts {@code lessons} lessons on the pool's threads; the futures give their ids. */
    List<Future<UUID>> drive(int lessons, ExecutorService pool) {
        done.set(0);
        List<Future<UUID>> ids = new ArrayList<>(lessons);
        for (int i = 0; i < lessons; i++) {
            String lessonsUrl = lessonsUrls.get(i % lessonsUrls.size());
            List<String> tags = taggings.apply(i);
            ids.add(pool.submit(() -> {
                UUID id = recordPublishAndTag(lessonsUrl, tags);
                done.incrementAndGet();
                return id;
            }));
        }
        return ids;
    }

    private UUID recordPublishAndTag(String url, List<String> tags) throws InterruptedException {
        HttpResponse<String> created = send(post(url + "/api/v1/lessons", contributor, DemoLesson.BODY, null));
        expect(created, 201);
        UUID id = UUID.fromString(json(created).get("id").asText());
        String lesson = url + "/api/v1/lessons/" + id;
        String reviewed = move(lesson, "IN_REVIEW", contributor, null);
        move(lesson, "PUBLISHED", steward, reviewed);
        for (String tag : tags) {
            // Tagging again with the same tag changes nothing and emits nothing: safe to repeat.
            expect(send(post(lesson + "/tags", contributor, "{\"tags\":[\"" + tag + "\"]}", null)), 200);
        }
        return id;
    }

    /** @return the lesson's ETag once it is in status {@code to} */
    private String move(String lesson, String to, String authorization, String ifMatch) throws InterruptedException {
        HttpResponse<String> moved = send(post(lesson + "/transitions", authorization, "{\"to\":\"" + to + "\"}", ifMatch));
        if (moved.statusCode() == 200) {
            return moved.headers().firstValue("ETag").orElseThrow();
        }
        // An earlier try may have moved it before its answer was lost: the lesson says.
        HttpResponse<String> now = send(HttpRequest.newBuilder(URI.create(lesson)).header("Authorization", steward)
                .timeout(Duration.ofSeconds(30)).GET().build());
        expect(now, 200);
        if (!to.equals(json(now).get("status").asText())) {
            throw new AssertionError("moving " + lesson + " to " + to + " answered " + moved.statusCode() + ": " + moved.body());
        }
        return now.headers().firstValue("ETag").orElseThrow();
    }

    private static HttpRequest post(String url, String authorization, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    /** Sends until the service answers below 500, pausing between tries; gives up only after {@link #GIVE_UP}. */
    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        Instant deadline = Instant.now().plus(GIVE_UP);
        String last = "nothing";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() < 500) {
                    return response;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(PAUSE.toMillis());
        }
        throw new AssertionError(request.method() + " " + request.uri() + " failed for " + GIVE_UP + "; last: " + last);
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError(response.request().method() + " " + response.request().uri() + " answered "
                    + response.statusCode() + " instead of " + status + ": " + response.body());
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
