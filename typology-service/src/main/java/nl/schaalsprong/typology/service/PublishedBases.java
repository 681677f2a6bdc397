package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import nl.schaalsprong.typology.domain.basis.BasesChanged;
import nl.schaalsprong.typology.domain.basis.SearchBasis;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published bases in memory, so a comparable search does not open a transaction and query PostgreSQL for the
 * basis on every request. A named version is immutable once published and is kept for good. What "the default"
 * or "the latest published version" resolves to can change: this instance forgets it when a change commits here,
 * and another instance's change is seen within {@link #RESOLUTION_TTL}.
 */
@ApplicationScoped
public class PublishedBases {

    static final Duration RESOLUTION_TTL = Duration.ofSeconds(5);

    private record Key(String name, Integer version) {
    }

    private record Entry(SearchBasis basis, long loadedAt) {
    }

    private final BasisService bases;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

    public PublishedBases(BasisService bases) {
        this.bases = bases;
    }

    /** As {@link BasisService#forSearch}, from memory when possible. */
    public SearchBasis forSearch(String name, Integer version) {
        Key key = new Key(name == null || name.isBlank() ? null : name, version);
        Entry entry = cache.get(key);
        boolean immutable = key.name() != null && key.version() != null;
        if (entry != null && (immutable || System.nanoTime() - entry.loadedAt() < RESOLUTION_TTL.toNanos())) {
            return entry.basis();
        }
        SearchBasis loaded = SearchBasis.of(bases.forSearch(name, version));
        cache.put(key, new Entry(loaded, System.nanoTime()));
        return loaded;
    }

    void forgetResolutions(@Observes(during = TransactionPhase.AFTER_SUCCESS) BasesChanged changed) {
        cache.keySet().removeIf(key -> key.name() == null || key.version() == null);
    }
}
