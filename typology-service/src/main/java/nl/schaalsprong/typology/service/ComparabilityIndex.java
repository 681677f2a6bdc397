package nl.schaalsprong.typology.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import org.jboss.logging.Logger;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Holds the current {@link ComparabilitySnapshot} (all bases share it; a basis only adds weights). Searches read whichever snapshot is current; a reload builds
 * a complete new one from the database and swaps the reference, so a search never sees half an import.
 */
@ApplicationScoped
public class ComparabilityIndex {

    private static final Logger LOG = Logger.getLogger(ComparabilityIndex.class);

    private final NeighbourhoodStore store;
    private final DimensionCatalogue catalogue;
    private final AtomicReference<ComparabilitySnapshot> current;
    private volatile boolean loaded;

    public ComparabilityIndex(NeighbourhoodStore store, DimensionCatalogue catalogue) {
        this.store = store;
        this.catalogue = catalogue;
        this.current = new AtomicReference<>(ComparabilitySnapshot.empty(catalogue));
    }

    void onStart(@Observes StartupEvent start) {
        reload();
    }

    public ComparabilitySnapshot current() {
        return current.get();
    }

    /** True once the stored buurten have been loaded at least once; readiness waits for it. */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * Rebuilds from what is committed now. Serialised, so that of two overlapping imports the reload that runs
     * last reads (and keeps) the state after both, instead of an older read overwriting a newer snapshot.
     */
    public synchronized ComparabilitySnapshot reload() {
        long started = System.nanoTime();
        ComparabilitySnapshot snapshot = ComparabilitySnapshot.of(catalogue, store.members());
        current.set(snapshot);
        loaded = true;
        LOG.infof("comparability snapshot holds %d buurten (built in %d ms)", snapshot.size(),
                (System.nanoTime() - started) / 1_000_000);
        return snapshot;
    }
}
