package nl.schaalsprong.local.run.fuzz;

import java.util.Map;

/**
 * One request the fuzzer sends, with everything needed to send it again by hand: which of the services, the
 * operation it aims at, the seed and index it was made from, and what goes over the wire.
 */
public record FuzzRequest(String service, String operation, long seed, int index, String mutation, String method,
                          String url, Map<String, String> headers, String body,
                          boolean mustBeRefused) {

    /** The request as a reader retypes it: method, URL, headers (a token shortened) and the body. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("request #").append(index).append(" of seed ").append(seed).append(" (").append(service)
                .append(' ').append(operation).append(", ").append(mutation).append(")\n")
                .append(method).append(' ').append(shorten(url, 2000)).append('\n');
        headers.forEach((name, value) -> text.append(name).append(": ").append(shorten(value, 2000)).append('\n'));
        if (body != null) {
            text.append('\n').append(shorten(body, 4000)).append('\n');
        }
        return text.toString();
    }

    private static String shorten(String value, int max) {
        String visible = value.length() > max
                ? value.substring(0, max) + "... (" + value.length() + " characters in all)" : value;
        StringBuilder escaped = new StringBuilder();
        visible.codePoints().forEach(c -> {
            if (c < 0x20 && c != '\n' || c == 0x7f) {
                escaped.append(String.format("\\u%04x", c));
            } else {
                escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }
}
