package nl.schaalsprong.local.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A service's published OpenAPI document, kept under version control in {@code docs/openapi/<service>.json}, held
 * against the document the service serves: a change that would break a client of the published document fails the
 * build, naming each break; any other change asks for the file to be refreshed, so the published document is always
 * what is served. Refresh with {@code -Dschaalsprong.openapi.refresh=true} (see docs/openapi/README.md), which
 * writes the served document, breaking or not: a deliberate break is then visible in the commit's diff.
 */
public final class PublishedDocument {

    public static final String REFRESH = "schaalsprong.openapi.refresh";

    private PublishedDocument() {
    }

    /** The published document of {@code service}, from a test running in the service's module directory. */
    public static Path file(String service) {
        return Path.of("..", "docs", "openapi", service + ".json");
    }

    /**
     * Fails (an {@link AssertionError}) when the document served at {@code base} breaks clients of the one
     * published for {@code service}, or differs from it at all unless refreshing.
     */
    public static void check(String service, URI base) {
        OpenApiDocument served = OpenApiDocument.servedAt(base);
        Path file = file(service);
        String refreshHint = "refresh it with ./mvnw -B -pl " + service + " -am verify -DskipITs -Dtest=PublishedDocumentTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -D" + REFRESH + "=true and commit " + file.normalize();
        try {
            if (Boolean.getBoolean(REFRESH)) {
                if (Files.exists(file)) {
                    List<String> breaks = BreakingChanges.between(read(file), served);
                    breaks.forEach(b -> System.err.println("Breaking change written to " + file + ": " + b));
                }
                Files.createDirectories(file.getParent());
                Files.writeString(file, OpenApiDocument.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(served.root()) + "\n");
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError(service + " has no published OpenAPI document at " + file.normalize()
                        + "; " + refreshHint);
            }
            OpenApiDocument published = read(file);
            List<String> breaks = BreakingChanges.between(published, served);
            if (!breaks.isEmpty()) {
                throw new AssertionError(service + "'s OpenAPI document breaks clients of the published one ("
                        + file.normalize() + "):\n  " + String.join("\n  ", breaks)
                        + "\nKeep the old shape (add, do not change or remove), or, if the break is agreed with the "
                        + "API's users, " + refreshHint);
            }
            if (!published.root().equals(served.root())) {
                throw new AssertionError(service + "'s OpenAPI document changed compatibly since it was published; "
                        + refreshHint);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OpenApiDocument read(Path file) throws IOException {
        JsonNode root = OpenApiDocument.MAPPER.readTree(file.toFile());
        return new OpenApiDocument(root);
    }
}
