package nl.schaalsprong.local.run;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Idempotency-Key the local run sends with each start-up import: a digest of what it imports (path with year and
 * the body), so a restart on kept state gets the earlier job back instead of importing the same file again, and a
 * changed file (a new release of the data) is imported as new.
 */
final class ImportKeys {

    static final String HEADER = "Idempotency-Key";

    private ImportKeys() {
    }

    static String of(String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return "local-run-" + HexFormat.of().formatHex(sha.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static String of(String path, String body) {
        return of(path, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the service answered with the job of an earlier request under the same key. */
    static boolean replayed(HttpResponse<?> response) {
        return response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
    }
}
