package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A wijk's or gemeente's type in the current typology: the type most of its inhabitants live in, and their share of
 * the inhabitants of its typed buurten. Typologies type buurten; an area is mixed, so the share says how well the one
 * type stands for it (a gemeente of one type at 0.9 is that type; at 0.3 it is a patchwork).
 */
public record AreaType(TypeOfBuurt type, double share) {

    public AreaType {
        Objects.requireNonNull(type, "type");
        if (!(share > 0 && share <= 1)) {
            throw new IllegalArgumentException("a dominant type's share lies in (0, 1], not " + share);
        }
    }

    /**
     * @param types       each buurt's type (null when not typed)
     * @param inhabitants each buurt's inhabitants, in the same order (NaN when unknown: the buurt then does not count)
     * @return empty when no buurt with inhabitants is typed; equal weight goes to the lower type number
     */
    public static Optional<AreaType> dominant(List<TypeOfBuurt> types, double[] inhabitants) {
        if (types.size() != inhabitants.length) {
            throw new IllegalArgumentException(types.size() + " types for " + inhabitants.length + " buurten");
        }
        Map<TypeOfBuurt, Double> perType = new LinkedHashMap<>();
        double typed = 0;
        for (int i = 0; i < inhabitants.length; i++) {
            if (types.get(i) != null && inhabitants[i] > 0) {
                perType.merge(types.get(i), inhabitants[i], Double::sum);
                typed += inhabitants[i];
            }
        }
        double total = typed;
        return perType.entrySet().stream()
                .max(Comparator.<Map.Entry<TypeOfBuurt, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(entry -> -entry.getKey().number()))
                .map(entry -> new AreaType(entry.getKey(), Math.min(1, entry.getValue() / total)));
    }
}
