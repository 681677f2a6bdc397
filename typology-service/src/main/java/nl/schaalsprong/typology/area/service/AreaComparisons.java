package nl.schaalsprong.typology.area.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.schaalsprong.typology.domain.basis.PinnedYear;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.figure.domain.Aggregation;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import nl.schaalsprong.typology.figure.service.FigureStore;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.area.domain.Area;
import nl.schaalsprong.typology.area.domain.AreaLevel;
import nl.schaalsprong.typology.area.domain.AreaProfiles;
import nl.schaalsprong.typology.area.domain.BuurtFigures;
import nl.schaalsprong.typology.area.domain.ComparableArea;
import nl.schaalsprong.typology.area.domain.AreaType;
import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
import nl.schaalsprong.typology.service.CurrentTypes;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.basis.SearchBasis;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import nl.schaalsprong.typology.service.PublishedBases;

import org.jboss.logging.Logger;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wijken and gemeenten compared as buurten are: their values derived from their buurten in the current comparability
 * snapshot, ranked by the same weighted Gower similarity on a published basis. The derived profiles are built once
 * per snapshot (about 0.1 s) and replaced when the snapshot is, so they never mix two populations.
 */
@ApplicationScoped
public class AreaComparisons {

    private static final Logger LOG = Logger.getLogger(AreaComparisons.class);

    /** A buurt weighs by its inhabitants: a wijk's mean is the mean over its people, not over its buurten. */
    static final DimensionKey INHABITANTS = DimensionKey.of("AANTAL_INWONERS");

    /** One comparison: the area asked, the basis used, its derived values, and the ranked areas with their register entries. */
    public record Comparison(Area area, SearchBasis basis, int buurten, int proeftuinBuurten,
                             List<AreaProfiles.Value> values, AreaType type, List<Ranked> comparable) {
    }

    /** A comparable area with its register entry and its type (null when none of its buurten is typed). */
    public record Ranked(Area area, ComparableArea comparison, AreaType type) {
    }

    /**
     * The wijken and gemeenten derived from one snapshot. The snapshot is referred to weakly: it only tells whether
     * these profiles are still the served snapshot's. Held strongly, a snapshot the index has replaced stayed in the
     * heap (its raw, scaled and float columns: some 15 MB on the national file) until the next wijk or gemeente
     * comparison, which may be days away; docs/benchmarks.md, session 16.
     */
    private record Profiles(WeakReference<ComparabilitySnapshot> source, AreaProfiles wijken, AreaProfiles gemeenten) {

        boolean derivedFrom(ComparabilitySnapshot snapshot) {
            return source.get() == snapshot;
        }
    }

    private final ComparabilityIndex index;
    private final PublishedBases bases;
    private final Areas areas;
    private final AtomicReference<Profiles> profiles = new AtomicReference<>();

    private final FigureStore figureStore;
    private final CurrentTypes types;

    /** Dwellings, for the figures whose area value is a mean over dwellings (heating shares, heat demand). */
    static final DimensionKey DWELLINGS = DimensionKey.of("WONINGEN");

    public AreaComparisons(ComparabilityIndex index, PublishedBases bases, Areas areas, FigureStore figureStore,
                           CurrentTypes types) {
        this.figureStore = figureStore;
        this.types = types;
        this.index = index;
        this.bases = bases;
        this.areas = areas;
    }

    /**
     * @param level          {@link AreaLevel#WIJK} or {@link AreaLevel#GEMEENTE}
     * @param withinGemeente for wijken: only wijken of the same gemeente
     */
    public Comparison comparableTo(AreaLevel level, String code, String basis, Integer basisVersion, int limit,
                                   boolean withinGemeente, boolean explain) {
        Area area = areas.get(code);
        if (area.level() != level) {
            throw new IllegalArgumentException(code + " is a " + area.level().parameter());
        }
        SearchBasis used = bases.forSearch(basis, basisVersion);
        ComparabilitySnapshot snapshot = index.current();
        Profiles built = profiles(snapshot);
        AreaProfiles population = level == AreaLevel.WIJK ? built.wijken() : built.gemeenten();
        if (!population.contains(code)) {
            throw new RuleViolationException(level.parameter() + " " + code + " has no buurten with figures, so "
                    + "it has no values to compare");
        }
        List<Ranked> ranked = population.mostComparableTo(code, used.weights(), limit, withinGemeente, explain)
                .stream().map(found -> new Ranked(areas.get(found.code()), found,
                        typeOf(snapshot, population, found.code()))).toList();
        return new Comparison(area, used, population.buurten(code), population.proeftuinBuurten(code),
                population.values(code, used.weights().stream().map(DimensionWeight::column).toList()),
                typeOf(snapshot, population, code), ranked);
    }

    /** Its buurten's types in the current typology, weighed by their inhabitants: a handful of map reads. */
    private AreaType typeOf(ComparabilitySnapshot snapshot, AreaProfiles population, String code) {
        int[] members = population.members(code);
        List<TypeOfBuurt> typed = Arrays.stream(members).mapToObj(i -> types.typeOf(snapshot.code(i))).toList();
        double[] inhabitants = Arrays.stream(members).mapToDouble(i -> snapshot.raw(INHABITANTS, i)).toArray();
        return AreaType.dominant(typed, inhabitants).orElse(null);
    }

    private Profiles profiles(ComparabilitySnapshot snapshot) {
        Profiles built = profiles.get();
        return built == null || !built.derivedFrom(snapshot) ? build(snapshot) : built;
    }

    /**
     * How each figure (and each pinned year of one) aggregates, as its catalogue entry says; derived dimensions and
     * steward attributes have none and are means over inhabitants.
     */
    private Map<DimensionKey, Aggregation> aggregations(DimensionCatalogue catalogue) {
        FigureCatalogue figures = QuarkusTransaction.joiningExisting().call(figureStore::catalogue);
        Map<DimensionKey, Aggregation> aggregations = new HashMap<>();
        for (DimensionDefinition definition : catalogue.definitions()) {
            if (definition.derivation() != Derivation.RAW) {
                continue;
            }
            DimensionKey figure = figures.find(definition.key()).isPresent() ? definition.key()
                    : PinnedYear.figureOf(definition.key()).orElse(definition.key());
            figures.find(figure).ifPresent(f -> aggregations.put(definition.key(), f.aggregation()));
        }
        return aggregations;
    }

    /** Serialised, so a burst of first requests after an import derives the profiles once, not once each. */
    private synchronized Profiles build(ComparabilitySnapshot snapshot) {
        Profiles built = profiles.get();
        if (built != null && built.derivedFrom(snapshot)) {
            return built;
        }
        BuurtFigures figures = new BuurtFigures() {
            @Override
            public int size() {
                return snapshot.size();
            }

            @Override
            public String code(int i) {
                return snapshot.code(i).value();
            }

            @Override
            public double raw(DimensionKey dimension, int i) {
                return snapshot.raw(dimension, i);
            }

            @Override
            public boolean proeftuin(int i) {
                return snapshot.proeftuin(i);
            }
        };
        long started = System.nanoTime();
        // The snapshot's own catalogue: the figures and dimensions its values were built with.
        DimensionCatalogue catalogue = snapshot.catalogue();
        Map<DimensionKey, Aggregation> aggregations = aggregations(catalogue);
        DimensionKey dwellings = catalogue.contains(DWELLINGS) ? DWELLINGS : null;
        built = new Profiles(new WeakReference<>(snapshot),
                AreaProfiles.of(AreaLevel.WIJK, catalogue.definitions(), figures, INHABITANTS, aggregations, dwellings),
                AreaProfiles.of(AreaLevel.GEMEENTE, catalogue.definitions(), figures, INHABITANTS, aggregations,
                        dwellings));
        profiles.set(built);
        LOG.infof("derived %d wijken and %d gemeenten from %d buurten in %d ms", built.wijken().size(),
                built.gemeenten().size(), snapshot.size(), (System.nanoTime() - started) / 1_000_000);
        return built;
    }
}
