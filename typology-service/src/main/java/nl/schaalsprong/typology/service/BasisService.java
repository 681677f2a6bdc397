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
import nl.schaalsprong.typology.domain.basis.LearningEvidence;
import nl.schaalsprong.typology.messaging.ComparabilityBasisPublished;
import nl.schaalsprong.typology.messaging.TypologyEvents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.basis.PinnedYear;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.service.FigureStore;

/** The comparability basis use cases; each write is one transaction, its event included (transactional outbox). */
@ApplicationScoped
public class BasisService {

    private final BasisStore store;
    private final ComparabilityIndex index;
    private final Outbox outbox;
    private final Clock clock;
    private final Event<BasesChanged> changed;

    private final FigureStore figures;

    public BasisService(BasisStore store, ComparabilityIndex index, Outbox outbox, Clock clock,
                        Event<BasesChanged> changed, FigureStore figures) {
        this.figures = figures;
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
     * The draft keeps what the learner found (intervals, cross-validated scores) for the steward to judge.
     */
    @Transactional
    public ComparabilityBasis createLearned(BasisName name, String description, List<DimensionWeight> weights,
                                            LearningEvidence learning, String by) {
        ComparabilityBasis draft = createFromLearner(name, description, weights, by);
        draft.learnedFrom(learning);
        return draft;
    }

    private ComparabilityBasis createFromLearner(BasisName name, String description, List<DimensionWeight> weights,
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
        requireStoredYears(basis);
        store.add(basis);
        servePinnedYears(basis);
        return basis;
    }

    @Transactional
    public ComparabilityBasis revise(BasisName name, int version, String description, List<DimensionWeight> weights,
                                     Double coverageFloor) {
        ComparabilityBasis basis = get(name, version);
        basis.revise(description, weights, coverageFloor == null ? basis.coverageFloor() : coverageFloor,
                index.committedCatalogue());
        requireStoredYears(basis);
        servePinnedYears(basis);
        return basis;
    }

    /** A pinned year must hold values of its figure, or every comparison on it would be missing it. */
    private void requireStoredYears(ComparabilityBasis basis) {
        if (basis.pinnedYears().isEmpty()) {
            return;
        }
        Map<DimensionKey, List<Integer>> stored = figures.years();
        for (PinnedYear pin : basis.pinnedYears()) {
            List<Integer> years = stored.getOrDefault(pin.figure(), List.of());
            if (!years.contains(pin.year())) {
                throw new RuleViolationException("figure " + pin.figure() + " has no values of " + pin.year()
                        + (years.isEmpty() ? "; it has no stored values at all"
                        : "; stored years: " + years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
    }

    /**
     * A version that pins a figure-year the snapshot does not hold yet gets its column the moment it commits, so
     * it can be published and searched with at once.
     */
    private void servePinnedYears(ComparabilityBasis basis) {
        if (basis.pinnedYears().stream().anyMatch(pin -> !index.current().catalogue().contains(pin.column()))) {
            store.flush();
            index.replaceOnCommit();
        }
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
