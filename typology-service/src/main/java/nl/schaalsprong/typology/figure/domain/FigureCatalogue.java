package nl.schaalsprong.typology.figure.domain;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every figure the service knows, in key order, and the CBS KWB key stems that carry them. */
public final class FigureCatalogue {

    private final Map<DimensionKey, Figure> byKey = new LinkedHashMap<>();
    private final Map<String, Figure> byKwbStem = new LinkedHashMap<>();

    public FigureCatalogue(Collection<Figure> figures) {
        figures.stream().sorted(java.util.Comparator.comparing(Figure::key)).forEach(figure -> {
            if (byKey.put(figure.key(), figure) != null) {
                throw new IllegalArgumentException("figure " + figure.key() + " is defined twice");
            }
            if (figure.cbsKwbStem() != null) {
                byKwbStem.put(figure.cbsKwbStem().toLowerCase(Locale.ROOT), figure);
            }
        });
    }

    public Collection<Figure> figures() {
        return byKey.values();
    }

    public Optional<Figure> find(DimensionKey key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The figure a CBS KWB file carries under {@code stem} (lower case, without the numeric suffix), if any. */
    public Optional<Figure> byKwbStem(String stem) {
        return Optional.ofNullable(byKwbStem.get(stem.toLowerCase(Locale.ROOT)));
    }

    /** Figures CBS KWB files may carry, by lower-case stem. */
    public Map<String, Figure> kwbFigures() {
        return java.util.Collections.unmodifiableMap(byKwbStem);
    }

    /**
     * This catalogue with {@code declared} added, as an import that declares figures would leave it. A figure declared
     * twice, or again under a known key with another kind or other levels, is refused, naming it: stored values
     * would change meaning.
     */
    public FigureCatalogue withDeclared(java.util.List<Figure> declared) {
        Map<DimensionKey, Figure> all = new LinkedHashMap<>(byKey);
        java.util.Set<DimensionKey> seen = new java.util.HashSet<>();
        for (Figure figure : declared) {
            if (!seen.add(figure.key())) {
                throw new nl.schaalsprong.platform.domain.RuleViolationException("figure '" + figure.key()
                        + "' is declared twice in one import");
            }
            Figure known = byKey.get(figure.key());
            if (known != null && !known.compatibleWith(figure)) {
                throw new nl.schaalsprong.platform.domain.RuleViolationException("figure '" + figure.key()
                        + "' is already in the catalogue as " + known.kind()
                        + (known.levels().isEmpty() ? "" : " with levels " + known.levels())
                        + "; it cannot be declared again as " + figure.kind()
                        + (figure.levels().isEmpty() ? "" : " with levels " + figure.levels()));
            }
            if (known == null) {
                all.put(figure.key(), figure);
            }
        }
        return new FigureCatalogue(all.values());
    }
}
