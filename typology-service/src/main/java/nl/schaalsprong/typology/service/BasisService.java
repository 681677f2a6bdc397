package nl.schaalsprong.typology.service;

import jakarta.enterprise.event.Event;
import nl.schaalsprong.typology.domain.basis.BasesChanged;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.outbox.Outbox;
import nl.schaalsprong.typology.domain.basis.BasisName;
import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.messaging.ComparabilityBasisPublished;
import nl.schaalsprong.typology.messaging.TypologyEvents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The comparability basis use cases; each write is one transaction, its event included (transactional outbox). */
@ApplicationScoped
public class BasisService {

    private final BasisStore store;
    private final ComparabilityIndex index;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<BasesChanged> changed;

    public BasisService(BasisStore store, ComparabilityIndex index, Outbox outbox, Clock clock,
                        Event<BasesChanged> changed) {
        this.store = store;
        this.index = index;
        this.outbox = outbox;
        this.clock = clock;
        this.changed = changed;
    }

    /** A new DRAFT: version 1 of a new name, or the next version of an existing one. */
    @Transactional
    public ComparabilityBasis create(BasisName name, String description, List<DimensionWeight> weights, String by) {
        return create(name, description, weights, ComparabilityBasis.DEFAULT_COVERAGE_FLOOR, by);
    }

    /**
     * A new DRAFT with weights learned elsewhere: it keeps what the learner does not know about, the latest
     * version's coverage floor and which dimensions it requires, so learning never silently drops that honesty.
     */
    @Transactional
    public ComparabilityBasis createLearned(BasisName name, String description, List<DimensionWeight> weights,
                                            String by) {
        int latest = store.latestVersion(name);
        ComparabilityBasis previous = latest == 0 ? null : store.find(name, latest).orElse(null);
        if (previous == null) {
            return create(name, description, weights, by);
        }
        java.util.Set<nl.schaalsprong.typology.domain.catalogue.DimensionKey> required = previous.weights().stream()
                .filter(DimensionWeight::required).map(DimensionWeight::dimension)
                .collect(java.util.stream.Collectors.toSet());
        return create(name, description, weights.stream().map(w -> new DimensionWeight(w.dimension(), w.weight(),
                required.contains(w.dimension()))).toList(), previous.coverageFloor(), by);
    }

    /** A new DRAFT with its own coverage floor. */
    @Transactional
    public ComparabilityBasis create(BasisName name, String description, List<DimensionWeight> weights,
                                     double coverageFloor, String by) {
        ComparabilityBasis basis = ComparabilityBasis.draft(name, store.latestVersion(name) + 1, description, weights,
                coverageFloor, index.committedCatalogue(), by, OffsetDateTime.now(clock));
        store.add(basis);
        return basis;
    }

    @Transactional
    public ComparabilityBasis revise(BasisName name, int version, String description, List<DimensionWeight> weights,
                                     Double coverageFloor) {
        ComparabilityBasis basis = get(name, version);
        basis.revise(description, weights, coverageFloor == null ? basis.coverageFloor() : coverageFloor,
                index.committedCatalogue());
        return basis;
    }

    @Transactional
    public ComparabilityBasis publish(BasisName name, int version, String by) {
        ComparabilityBasis basis = get(name, version);
        basis.publish(by, OffsetDateTime.now(clock));
        outbox.append(TypologyEvents.BASIS_PUBLISHED, name.value(), ComparabilityBasisPublished.of(basis));
        changed.fire(new BasesChanged(name));
        return basis;
    }

    /** Searches that name no basis use the default's latest published version, so only a published one may be it. */
    @Transactional
    public void makeDefault(BasisName name) {
        if (store.latestPublished(name).isEmpty()) {
            if (store.latestVersion(name) == 0) {
                throw new NotFoundException("comparability basis", name);
            }
            throw new ConflictException("comparability basis " + name + " has no published version yet; "
                    + "publish one before making it the default");
        }
        store.setDefault(name);
        changed.fire(new BasesChanged(name));
    }

    @Transactional
    public ComparabilityBasis get(BasisName name, int version) {
        return store.find(name, version).orElseThrow(
                () -> new NotFoundException("comparability basis", name + " version " + version));
    }

    @Transactional
    public List<ComparabilityBasis> versions(BasisName name) {
        List<ComparabilityBasis> versions = store.versions(name);
        if (versions.isEmpty()) {
            throw new NotFoundException("comparability basis", name);
        }
        return versions;
    }

    @Transactional
    public List<ComparabilityBasis> all() {
        return store.all();
    }

    @Transactional
    public BasisName defaultName() {
        return store.defaultName();
    }

    /**
     * The basis a search uses: the named (or default) basis, at the given version or its latest published one.
     * Drafts are never searched with: a result must be reproducible from a fixed basis.
     */
    @Transactional
    public ComparabilityBasis forSearch(String name, Integer version) {
        BasisName basisName = name == null || name.isBlank() ? store.defaultName() : BasisName.of(name);
        if (version != null) {
            ComparabilityBasis basis = get(basisName, version);
            if (!basis.isPublished()) {
                throw new ConflictException("comparability basis " + basisName + " version " + version
                        + " is a draft; only published versions can be searched with");
            }
            return basis;
        }
        return store.latestPublished(basisName).orElseThrow(
                () -> new NotFoundException("published comparability basis", basisName));
    }
}
