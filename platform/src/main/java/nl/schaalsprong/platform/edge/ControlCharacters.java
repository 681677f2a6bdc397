package nl.schaalsprong.platform.edge;

import java.util.OptionalInt;

/**
 * Control characters (U+0000..U+001F, U+007F..U+009F) have no place in anything a client sends us: PostgreSQL
 * cannot even store U+0000, and the others only hide text from the people who read it. Text fields may hold line
 * breaks and tabs; paths, query parameters and codes may not.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first control character in {@code text}, tab, line feed and carriage return allowed. */
    public static OptionalInt inText(CharSequence text) {
        return first(text, true);
    }

    /** The index of the first control character in {@code text}, with no exception: for paths and parameters. */
    public static OptionalInt inName(CharSequence text) {
        return first(text, false);
    }

    /** How a client is told which character it was: {@code U+0000}. */
    public static String describe(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static OptionalInt first(CharSequence text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'))) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }
}
