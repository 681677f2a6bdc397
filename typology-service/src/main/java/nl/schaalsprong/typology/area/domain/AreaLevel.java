package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.WijkCode;
import nl.schaalsprong.platform.domain.MalformedValueException;

import java.util.Arrays;
import java.util.Locale;

/** The three nested CBS area levels, smallest first; a buurt lies in a wijk, a wijk in a gemeente. */
public enum AreaLevel {
    BUURT("BU"),
    WIJK("WK"),
    GEMEENTE("GM");

    private final String codePrefix;

    AreaLevel(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    /** The level as clients write it: {@code buurt}, {@code wijk}, {@code gemeente}. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The level a CBS code belongs to, by its prefix. */
    public static AreaLevel ofCode(String code) {
        return Arrays.stream(values()).filter(level -> code != null && code.startsWith(level.codePrefix))
                .findFirst().orElseThrow(() -> new MalformedValueException("'" + code + "' is not a CBS area code; "
                        + "expected BU + 8, WK + 6 or GM + 4 characters, e.g. BU00141001, WK001410 or GM0014"));
    }

    /**
     * The level of a code of CBS's form, e.g. {@code BU0363AF03}, {@code WK001410}, {@code GM0014}.
     *
     * @throws MalformedValueException or the platform's invalid-code error (both 400) for anything else
     */
    public static AreaLevel ofWellFormedCode(String code) {
        AreaLevel level = ofCode(code);
        switch (level) {
            case BUURT -> BuurtCode.of(code);
            case WIJK -> WijkCode.of(code);
            case GEMEENTE -> GemeenteCode.of(code);
        }
        return level;
    }

    /** {@code buurt}, {@code wijk} or {@code gemeente}, case ignored; anything else is a client error. */
    public static AreaLevel ofParameter(String level) {
        return Arrays.stream(values()).filter(each -> each.parameter().equalsIgnoreCase(level.strip()))
                .findFirst().orElseThrow(() -> new MalformedValueException("level must be buurt, wijk or gemeente, "
                        + "got '" + level + "'"));
    }
}
