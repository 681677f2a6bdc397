package nl.schaalsprong.typology.area.domain;

import java.util.Objects;

/**
 * One CBS area of 2024 in the register.
 *
 * @param name         as CBS writes it, at every level (wijk names from CBS Gebiedsindelingen 2024, see NOTICE.md)
 * @param wijkCode     the wijk a buurt lies in; null for a wijk or gemeente
 * @param gemeenteCode the gemeente a buurt or wijk lies in; null for a gemeente
 * @param inhabitants  CBS's count of inhabitants; null where CBS gave none (757 buurten have no complete row)
 */
public record Area(String code, AreaLevel level, String name, String wijkCode, String gemeenteCode,
                   Long inhabitants) {

    public Area {
        Objects.requireNonNull(code, "code");
        if (AreaLevel.ofCode(code) != level) {
            throw new IllegalArgumentException(code + " is not a " + level.parameter() + " code");
        }
        if ((wijkCode != null) != (level == AreaLevel.BUURT) || (gemeenteCode != null) == (level == AreaLevel.GEMEENTE)) {
            throw new IllegalArgumentException(code + ": a buurt has a wijk and a gemeente, a wijk a gemeente, "
                    + "a gemeente neither");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(code + " needs a name");
        }
        if (inhabitants != null && inhabitants < 0) {
            throw new IllegalArgumentException(code + ": inhabitants cannot be negative");
        }
    }

    public static Area buurt(String code, String name, Long inhabitants) {
        return new Area(code, AreaLevel.BUURT, name, "WK" + code.substring(2, 8), "GM" + code.substring(2, 6),
                inhabitants);
    }

    public static Area wijk(String code, String name, Long inhabitants) {
        return new Area(code, AreaLevel.WIJK, name, null, "GM" + code.substring(2, 6), inhabitants);
    }

    public static Area gemeente(String code, String name, Long inhabitants) {
        return new Area(code, AreaLevel.GEMEENTE, name, null, null, inhabitants);
    }
}
