package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.regex.Pattern;

/** A CBS buurt code: {@code BU} and eight digits, of which the first four are the gemeente's. */
public record BuurtCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("BU\\d{8}");

    public BuurtCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new RuleViolationException("'" + value + "' is not a CBS buurt code (BU followed by 8 digits)");
        }
    }

    public String gemeenteCode() {
        return "GM" + value.substring(2, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
