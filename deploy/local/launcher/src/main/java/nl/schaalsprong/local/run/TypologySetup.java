package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a steward does once after the national figures are in, through typology-service's API alone: registers every
 * buurt of 2024 by name, imports the shipped energy files (heating shares, heat demand) with the mappings beside them,
 * marks the buurten of the known proeftuinen (PROEFTUIN_STATUS ja, so that suggestions keep a place outside the pilots),
 * defines the log of dwellings, publishes the basis {@code warmte-en-wonen} and makes it the default, and publishes a
 * typology on it, so that suggestions carry a target type in a fresh install. The compose init step
 * ({@code deploy/compose/init_typology.py}) does the same with Python's standard library.
 */
final class TypologySetup {

    static final String RESOURCES = "typology-service/src/main/resources/";
    static final String BUURTNAMEN = RESOURCES + "cbs/cbs_buurtnamen_2024_85984NED.csv";
    /** The buurten of the known proeftuinen, derived by ProeftuinBuurten (see the NOTICE.md beside it). */
    static final String PROEFTUINEN = RESOURCES + "proeftuinen/proeftuin_buurten_2024.import.json";
    /** Shipped files imported with the mapping beside them, in this order, once every buurt is registered. */
    static final List<String> MAPPED_IMPORTS = List.of(
            RESOURCES + "energie/cbs_hoofdverwarming_woningen_buurt_2021.import.json",
            RESOURCES + "energie/pbl_startanalyse_warmtevraag_weq_buurt.import.json",
            PROEFTUINEN);
    static final String BASIS = RESOURCES + "energie/warmte-en-wonen.basis.json";
    static final String LOG_WONINGEN = RESOURCES + "energie/log-woningen.dimension.json";

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String token;

    TypologySetup(String url, String token) {
        this.url = url;
        this.token = token;
    }

    void run(Path root) {
        try {
            registerBuurten(root.resolve(BUURTNAMEN));
            for (String spec : MAPPED_IMPORTS) {
                importMapped(root.resolve(spec));
            }
            send("POST", "/api/v1/dimensions", Files.readString(root.resolve(LOG_WONINGEN)), 201, 422);
            // The local run keeps its state: on a second start the basis and typology published before stay as
            // they are (a steward may have changed them since), rather than gaining a version at every start.
            if (!anyPublished(send("GET", "/api/v1/comparability-bases/warmte-en-wonen", null, 200, 404))) {
                JsonNode basis = JSON.readTree(send("POST", "/api/v1/comparability-bases",
                        Files.readString(root.resolve(BASIS)), 201));
                String version = "/api/v1/comparability-bases/warmte-en-wonen/versions/"
                        + basis.path("version").asInt();
                send("POST", version + "/publish", "", 200);
                send("PUT", "/api/v1/comparability-bases/warmte-en-wonen/default", "", 200, 204);
            }
            if (!anyPublished(JSON.readTree(send("GET", "/api/v1/typologies?size=200", null, 200)).path("items")
                    .toString())) {
                String typology = location(post("/api/v1/typologies",
                        "{\"k\": 8, \"seed\": 42, \"basis\": \"default\"}"));
                JsonNode run = await(URI.create(url).resolve(typology), "DRAFT");
                send("POST", "/api/v1/typologies/" + run.path("id").asText() + "/publish", "", 200);
            }
        } catch (IOException e) {
            throw new IllegalStateException("setting up typology-service failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up typology-service", e);
        }
    }

    /** Every buurt of 2024 by code and name; the gemeente's name comes from the buurten registered there. */
    private void registerBuurten(Path names) throws IOException, InterruptedException {
        ObjectNode request = JSON.createObjectNode();
        request.putObject("mapping").put("code", "Identifier").put("name", "Title");
        request.put("csv", Files.readString(names, StandardCharsets.UTF_8));
        importOnce("/api/v1/imports/mapped?year=2024", JSON.writeValueAsString(request));
    }

    /** One shipped file with the mapping (figures and steward attributes) of its {@code .import.json}. */
    private void importMapped(Path spec) throws IOException, InterruptedException {
        importOnce("/api/v1/imports/mapped?year=" + JSON.readTree(spec.toFile()).path("year").asInt(),
                mappedImportRequest(spec));
    }

    /** The body of {@code POST /api/v1/imports/mapped} for a shipped {@code .import.json}: its mapping and its file. */
    static String mappedImportRequest(Path spec) throws IOException {
        JsonNode specification = JSON.readTree(spec.toFile());
        ObjectNode request = ((ObjectNode) specification.path("request")).deepCopy();
        request.put("csv", Files.readString(spec.resolveSibling(specification.path("file").asText()),
                StandardCharsets.UTF_8));
        return JSON.writeValueAsString(request);
    }

    /**
     * Imports a file once per content: the Idempotency-Key is a digest of the request, so on a restart with kept state
     * the service answers with the job that imported it before and imports nothing again. Only when that job did not
     * succeed (the service stopped mid-import) is the file imported anew.
     */
    private void importOnce(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> started = post(path, body, ImportKeys.of(path, body));
        try {
            await(URI.create(url).resolve(location(started)), "SUCCEEDED");
        } catch (IllegalStateException failedBefore) {
            if (!ImportKeys.replayed(started)) {
                throw failedBefore;
            }
            await(URI.create(url).resolve(location(post(path, body, null))), "SUCCEEDED");
        }
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, null);
    }

    private HttpResponse<String> post(String path, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request("POST", path, body);
        if (idempotencyKey != null) {
            request.header(ImportKeys.HEADER, idempotencyKey);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("POST " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    private String send(String method, String path, String body, int... expected)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(method, path, body).build(),
                HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
    }

    private HttpRequest.Builder request(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
    }

    /** Whether a JSON array of versions (bases or typologies) holds a PUBLISHED one; false for anything else. */
    static boolean anyPublished(String json) throws IOException {
        JsonNode items = JSON.readTree(json);
        if (items == null || !items.isArray()) {
            return false;
        }
        for (JsonNode item : items) {
            if ("PUBLISHED".equals(item.path("status").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("202 without a Location: " + response.body()));
    }

    /** Polls a job until it reaches {@code done}; anything but RUNNING on the way fails. */
    private JsonNode await(URI job, String done) throws IOException, InterruptedException {
        HttpRequest get = HttpRequest.newBuilder(job).header("Authorization", "Bearer " + token).GET().build();
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(response.body());
            String status = body.path("status").asText();
            if (done.equals(status)) {
                return body;
            }
            if (response.statusCode() != 200 || !"RUNNING".equals(status)) {
                throw new IllegalStateException("job " + job + " ended " + status + ": " + response.body());
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("job " + job + " did not finish within " + TIMEOUT);
    }
}
