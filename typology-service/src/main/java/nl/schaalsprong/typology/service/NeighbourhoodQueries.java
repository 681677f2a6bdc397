package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.ComparableBuurt;
import nl.schaalsprong.typology.domain.Neighbourhood;

import java.util.List;

/** Read side: one buurt, and the buurten comparable to it. */
@ApplicationScoped
public class NeighbourhoodQueries {

    private final NeighbourhoodStore store;
    private final ComparabilityIndex index;

    public NeighbourhoodQueries(NeighbourhoodStore store, ComparabilityIndex index) {
        this.store = store;
        this.index = index;
    }

    public Neighbourhood buurt(BuurtCode code) {
        return store.find(code).orElseThrow(() -> new NotFoundException("buurt", code));
    }

    /** Searched in the in-memory snapshot, not the database: a full scan of all buurten per request is cheap there. */
    public List<ComparableBuurt> comparableTo(BuurtCode code, int limit) {
        return index.current().mostComparableTo(code, limit);
    }
}
