package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.ComparableBuurt;
import nl.schaalsprong.typology.domain.Neighbourhood;
import nl.schaalsprong.typology.domain.basis.SearchBasis;
import nl.schaalsprong.typology.domain.catalogue.AssignedValue;
import nl.schaalsprong.typology.domain.comparison.Ranking;
import nl.schaalsprong.typology.domain.comparison.Search;

import nl.schaalsprong.typology.figure.domain.FigureValue;
import nl.schaalsprong.typology.figure.service.FigureValueStore;

import java.util.List;

/** Read side: one buurt, and the buurten comparable to it. */
@ApplicationScoped
public class NeighbourhoodQueries {

    private final NeighbourhoodStore store;
    private final AttributeStore attributes;
    private final ComparabilityIndex index;
    private final FigureValueStore figures;

    public NeighbourhoodQueries(NeighbourhoodStore store, AttributeStore attributes, ComparabilityIndex index,
                                FigureValueStore figures) {
        this.figures = figures;
        this.store = store;
        this.attributes = attributes;
        this.index = index;
    }

    /** A buurt with its figure values (every year) and the values stewards assigned to it. */
    public record BuurtView(Neighbourhood buurt, List<FigureValue> figures, List<AssignedValue> attributes) {
    }

    @Transactional
    public BuurtView buurt(BuurtCode code) {
        Neighbourhood buurt = store.find(code).orElseThrow(() -> new NotFoundException("buurt", code));
        return new BuurtView(buurt, figures.of(code), attributes.of(code));
    }

    /** Searched in the in-memory snapshot, not the database: a full scan of all buurten per request is cheap there. */
    public Ranking comparableTo(BuurtCode code, Search search) {
        return index.current().mostComparableTo(code, search);
    }

    /** Only the buurten listed, ranked and explained as a search would (ComparabilitySnapshot.among). */
    public List<ComparableBuurt> among(BuurtCode code, List<BuurtCode> others, Search search) {
        return index.current().among(code, others, search);
    }

    /** The dimensions searches use now. */
    public nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue catalogue() {
        return index.catalogue();
    }

    /** Two buurten side by side on the basis' dimensions. */
    public ComparableBuurt explain(BuurtCode code, BuurtCode other, SearchBasis basis) {
        ComparableBuurt pair = index.current().compare(code, other, basis.weights());
        if (Double.isNaN(pair.similarity())) {
            throw new RuleViolationException(code + " and " + other + " have no value in common on any dimension of "
                    + "basis " + basis.name() + " version " + basis.version() + ", so they cannot be compared");
        }
        return pair;
    }
}
