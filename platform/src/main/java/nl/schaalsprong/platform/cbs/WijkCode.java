package nl.schaalsprong.platform.cbs;

import java.util.regex.Pattern;

/**
 * A CBS wijk code: {@code WK} + the 4-digit gemeente number + 2 wijk characters, digits or (Amsterdam since 2022)
 * capitals, e.g. {@code WK016304} or {@code WK0363AF}.
 */
public record WijkCode(String value) {

    private static final Pattern FORM = Pattern.compile("WK\\d{4}[0-9A-Z]{2}");

    public WijkCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidCodeException("wijk", value, "WK + 4 digits + 2 digits or capitals, e.g. WK016304");
        }
    }

    public static WijkCode of(String value) {
        return new WijkCode(value);
    }

    /** CBS nests codes, so the gemeente follows from the wijk code alone. */
    public GemeenteCode gemeente() {
        return new GemeenteCode("GM" + value.substring(2, 6));
    }

    /** The 6 characters after the prefix; buurt codes start with them. */
    public String digits() {
        return value.substring(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
