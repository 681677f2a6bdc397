package nl.schaalsprong.typology.figure.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;

import java.util.List;
import java.util.Objects;

/**
 * A dimension computed from figures: log(1 + figure) for skewed quantities, or a share (first figure divided by the
 * second). Defined as data, over any numeric figures of the catalogue.
 */
public record DerivedDimension(DimensionKey key, String title, String unit, String description, Derivation derivation,
                               List<DimensionKey> sources) {

    public DerivedDimension {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(derivation, "derivation");
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("dimension " + key + " needs a title");
        }
        sources = List.copyOf(sources);
        int expected = switch (derivation) {
            case LOG -> 1;
            case SHARE -> 2;
            case RAW, ASSIGNED -> throw new RuleViolationException("a derived dimension is LOG or SHARE, not "
                    + derivation);
        };
        if (sources.size() != expected) {
            throw new RuleViolationException("dimension " + key + ": " + derivation + " takes " + expected
                    + " figure(s), got " + sources);
        }
    }

    /** The catalogue entry, checked against the figures: each source must be a known numeric figure. */
    public DimensionDefinition definition(FigureCatalogue figures) {
        List<Figure> used = sources.stream().map(source -> figures.find(source).orElseThrow(() ->
                new RuleViolationException("dimension " + key + " is derived from '" + source
                        + "', which is not in the figure catalogue"))).toList();
        for (Figure figure : used) {
            if (figure.kind() != DimensionKind.NUMERIC) {
                throw new RuleViolationException("dimension " + key + ": " + derivation + " needs numeric figures; "
                        + figure.key() + " is " + figure.kind());
            }
        }
        return new DimensionDefinition(key, title, unit, description, DimensionKind.NUMERIC, derivation, sources,
                List.of(), used.stream().map(Figure::source).toList());
    }
}
