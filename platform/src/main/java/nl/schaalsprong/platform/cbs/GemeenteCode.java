package nl.schaalsprong.platform.cbs;

import java.util.regex.Pattern;

/** A CBS gemeente code: {@code GM} followed by the 4-digit gemeente number, e.g. {@code GM0163}. */
public record GemeenteCode(String value) {

    private static final Pattern FORM = Pattern.compile("GM\\d{4}");

    public GemeenteCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidCodeException("gemeente", value, "GM + 4 digits, e.g. GM0163");
        }
    }

    public static GemeenteCode of(String value) {
        return new GemeenteCode(value);
    }

    /** The 4 digits without the prefix; wijk and buurt codes start with them. */
    public String digits() {
        return value.substring(2);
    }

    @Override
    public String toString() {
        return value;
    }
}
