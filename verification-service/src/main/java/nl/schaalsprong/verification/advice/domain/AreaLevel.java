package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;

import java.util.regex.Pattern;

/** The CBS level of an area, known from its code's form. */
public enum AreaLevel {
    BUURT(Pattern.compile("BU[0-9]{4}[0-9A-Z]{4}"), 2 + 8),
    WIJK(Pattern.compile("WK[0-9]{4}[0-9A-Z]{2}"), 2 + 6),
    GEMEENTE(Pattern.compile("GM[0-9]{4}"), 2 + 4);

    private final Pattern form;
    private final int length;

    AreaLevel(Pattern form, int length) {
        this.form = form;
        this.length = length;
    }

    /** @throws MalformedValueException (400) for anything but a buurt, wijk or gemeente code */
    public static AreaLevel ofCode(String code) {
        for (AreaLevel level : values()) {
            if (code != null && level.form.matcher(code).matches()) {
                return level;
            }
        }
        throw new MalformedValueException("area must be a CBS buurt (BU00141001), wijk (WK001410) or gemeente"
                + " (GM0014) code");
    }

    /** The code of the area of this level that a buurt lies in ({@code BU00141001} lies in {@code WK001410}). */
    public String containing(String buurtCode) {
        return switch (this) {
            case BUURT -> buurtCode;
            case WIJK -> "WK" + buurtCode.substring(2, length);
            case GEMEENTE -> "GM" + buurtCode.substring(2, length);
        };
    }
}
