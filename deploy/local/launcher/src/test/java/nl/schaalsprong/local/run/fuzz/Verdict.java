package nl.schaalsprong.local.run.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every answer to a fuzzed request must be: no 5xx; a 4xx is application/problem+json; no body shows a stack
 * trace or a name from inside the services; and a request sent with a token that could change data is refused.
 */
public final class Verdict {

    /** Names a client must never read: the services' own packages and the libraries' types. */
    static final List<String> INTERNAL_NAMES = List.of("java.", "jakarta.", "org.hibernate", "Exception", "JsonToken",
            "nl.schaalsprong", "io.quarkus", "io.vertx", "com.fasterxml");
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

    private Verdict() {
    }

    /** Why the answer is wrong, or empty when it is right. */
    public static Optional<String> judge(FuzzRequest request, boolean mustBeRefused, int status, String contentType,
                                         String body) {
        if (status >= 500) {
            return Optional.of("answered " + status);
        }
        if (status >= 400 && (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json"))) {
            return Optional.of("answered " + status + " as " + contentType + ", not application/problem+json");
        }
        if (mustBeRefused && status < 400) {
            return Optional.of("accepted (" + status + ") a request sent to be refused whatever it says");
        }
        if (body != null) {
            if (STACK_FRAME.matcher(body).find()) {
                return Optional.of("the body shows a stack trace");
            }
            for (String name : INTERNAL_NAMES) {
                if (body.contains(name) && !request.describe().contains(name)) {
                    return Optional.of("the body names '" + name + "'");
                }
            }
        }
        return Optional.empty();
    }
}
