package nl.schaalsprong.verification.advice.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The asked area as the advice needs it: its level and name, its typology type(s) on the default basis (the key of
 * "buurten of this type"), and the areas of its level that typology ranks most comparable to it (to say why a place
 * is comparable).
 *
 * @param types      the area's type labels, the most telling first; empty when typology did not type it
 * @param comparable by area code (buurt, wijk or gemeente, as the level), the asked area itself included
 * @param basis      the comparability basis of the comparison ("name vVersion"); null when typology did not say
 */
public record AreaContext(String code, AreaLevel level, String name, List<String> types,
                          Map<String, Likeness> comparable, String basis) {

    public AreaContext {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        types = List.copyOf(types);
        comparable = Map.copyOf(comparable);
    }

    /** Why the buurt is comparable to this area, when typology ranks it (or the area it lies in) among the nearest. */
    public Optional<Likeness> likenessOf(String buurtCode) {
        return Optional.ofNullable(comparable.get(level.containing(buurtCode)));
    }
}
