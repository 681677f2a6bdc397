package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Loads the national CBS buurten file through typology-service's import API, as any steward would. An import
 * answered with 202 is a job: its Location is polled until the job has finished.
 */
final class CbsLoader {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CbsLoader() {
    }

    /** @return how long the import took, until the data was applied */
    static Duration load(String typologyUrl, String stewardToken, Path csv) {
        HttpClient http = HttpClient.newHttpClient();
        long begin = System.nanoTime();
        try {
            String path = "/api/v1/imports/cbs-kwb?year=2024";
            HttpResponse<String> response = post(http, typologyUrl + path, stewardToken, csv,
                    ImportKeys.of(path, Files.readAllBytes(csv)));
            try {
                awaitJob(http, URI.create(typologyUrl).resolve(location(response)), stewardToken);
            } catch (IllegalStateException failedBefore) {
                // The key answered with a job of an earlier start that did not succeed (the service stopped
                // mid-import): import the file anew, without the key.
                if (!ImportKeys.replayed(response)) {
                    throw failedBefore;
                }
                awaitJob(http, URI.create(typologyUrl).resolve(location(post(http, typologyUrl + path, stewardToken,
                        csv, null))), stewardToken);
            }
            return Duration.ofNanos(System.nanoTime() - begin);
        } catch (IOException e) {
            throw new IllegalStateException("loading CBS buurten failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading CBS buurten", e);
        }
    }

    private static HttpResponse<String> post(HttpClient http, String uri, String token, Path csv, String key)
            throws IOException, InterruptedException {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT)
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(csv));
        if (key != null) {
            post.header(ImportKeys.HEADER, key);
        }
        HttpResponse<String> response = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("loading CBS buurten failed: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("import accepted without a Location"));
    }

    private static void awaitJob(HttpClient http, URI job, String token) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(job).header("Authorization", "Bearer " + token).GET().build();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import job " + job + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            JsonNode status = JSON.readTree(response.body()).path("status");
            if ("SUCCEEDED".equals(status.asText())) {
                return;
            }
            if (!"RUNNING".equals(status.asText())) {
                throw new IllegalStateException("import job " + job + " ended " + status.asText() + ": " + response.body());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("import job " + job + " did not finish within " + TIMEOUT);
    }
}
