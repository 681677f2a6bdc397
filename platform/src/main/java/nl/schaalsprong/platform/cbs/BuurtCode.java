package nl.schaalsprong.platform.cbs;

import java.util.regex.Pattern;

/**
 * A CBS buurt code: {@code BU} + the 4-digit gemeente number + 2 wijk characters + 2 buurt characters, e.g.
 * {@code BU01630408}. Mostly all digits, but since 2022 Amsterdam's wijk part is letters ({@code BU0363AF03}),
 * so the last 4 characters are digits or capitals. The first 6 characters after {@code BU} are its wijk's and
 * the first 4 its gemeente's, so the hierarchy is derived here instead of trusted from a separate column.
 */
public record BuurtCode(String value) implements Comparable<BuurtCode> {

    private static final Pattern FORM = Pattern.compile("BU\\d{4}[0-9A-Z]{4}");

    public BuurtCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidCodeException("buurt", value, "BU + 4 digits + 4 digits or capitals, e.g. BU01630408 or BU0363AF03");
        }
    }

    public static BuurtCode of(String value) {
        return new BuurtCode(value);
    }

    public WijkCode wijk() {
        return new WijkCode("WK" + value.substring(2, 8));
    }

    public GemeenteCode gemeente() {
        return new GemeenteCode("GM" + value.substring(2, 6));
    }

    @Override
    public int compareTo(BuurtCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
