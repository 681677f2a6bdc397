package nl.schaalsprong.verification.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.verification.domain.Basis;
import nl.schaalsprong.verification.domain.ComparableArea;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.DimensionDifference;
import nl.schaalsprong.verification.domain.TypologyType;
import nl.schaalsprong.verification.domain.VerificationTarget;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Asks typology-service for comparable buurten (lean), then for the per-dimension comparison of the ones chosen,
 * and speaks the domain's language back. Fault tolerance lives
 * here, around the remote call only: each attempt is bounded by the timeout, failed attempts are retried with
 * jittered backoff, and a failing typology trips the breaker so a backlog of events does not hammer it.
 * When all attempts fail the exception reaches the caller, which parks the lesson as pending and retries later.
 * Every value can be overridden per environment, e.g. {@code
 * quarkus.fault-tolerance."nl.schaalsprong.verification.client.TypologyGateway/comparableTo".retry.max-retries}.
 */
@ApplicationScoped
public class TypologyGateway {

    private static final Logger LOG = Logger.getLogger(TypologyGateway.class);

    private final TypologyClient typology;
    private final TypologyAreaClient areas;

    public TypologyGateway(@RestClient TypologyClient typology, @RestClient TypologyAreaClient areas) {
        this.typology = typology;
        this.areas = areas;
    }

    /**
     * The {@code limit} wijken or gemeenten (the level of {@code origin}) most comparable to it, each with its
     * per-dimension comparison: the area rankings are short, and typology compares areas in one step. With
     * {@code withinOwnGemeente}, only the wijken of the wijk's own gemeente (GROEI); a gemeente has none.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = TypologyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = TypologyRejectedException.class)
    public List<ComparableArea> comparableAreas(VerificationTarget origin, int limit, boolean withinOwnGemeente) {
        ComparableNeighbourhoods answer = switch (origin.level()) {
            case WIJK -> areas.comparableWijken(origin.code(), limit, withinOwnGemeente ? "gemeente" : null, true);
            case GEMEENTE -> withinOwnGemeente ? new ComparableNeighbourhoods(List.of(), null, null)
                    : areas.comparableGemeenten(origin.code(), limit, true);
            case BUURT -> throw new IllegalArgumentException("buurten are compared by comparableTo, not " + origin);
        };
        Basis basis = basis(answer);
        List<ComparableArea> comparable = new ArrayList<>(answer.neighbours().size());
        for (ComparableNeighbourhoods.Neighbour neighbour : answer.neighbours()) {
            try {
                double similarity = neighbour.similarity() == null ? Double.NaN : neighbour.similarity();
                comparable.add(new ComparableArea(new VerificationTarget(origin.level(), neighbour.code()),
                        neighbour.name(), similarity, type(neighbour.type()), neighbour.proeftuin(),
                        comparison(neighbour.contributions()), basis));
            } catch (RuleViolationException unusable) {
                LOG.warnf("ignoring unusable comparable area of %s from typology-service: %s", origin,
                        unusable.getMessage());
            }
        }
        return comparable;
    }

    /** The {@code limit} buurten most comparable to {@code origin}, without their per-dimension comparison. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = TypologyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = TypologyRejectedException.class)
    public List<ComparableBuurt> comparableTo(BuurtCode origin, int limit) {
        return read(origin, typology.comparable(origin.value(), limit));
    }

    /**
     * The {@code limit} buurten of {@code origin}'s own gemeente most comparable to it, lean: where a GROEI lesson
     * is verified first.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = TypologyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = TypologyRejectedException.class)
    public List<ComparableBuurt> comparableInOwnGemeente(BuurtCode origin, int limit) {
        return read(origin, typology.comparableWithin(origin.value(), limit, "gemeente"));
    }

    /**
     * {@code chosen} compared with {@code origin} dimension by dimension, on {@code basis} (the one the candidates
     * were ranked on; null: typology's default). Asked only for the buurten chosen: explaining every candidate
     * would be four times the bytes to write and read for each tagged lesson.
     */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = TypologyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = TypologyRejectedException.class)
    public List<ComparableBuurt> explained(BuurtCode origin, List<BuurtCode> chosen, Basis basis) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        String among = chosen.stream().map(BuurtCode::value).collect(Collectors.joining(","));
        return read(origin, typology.explained(origin.value(), among, basis == null ? null : basis.name(),
                basis == null ? null : basis.version(), true));
    }

    private static List<ComparableBuurt> read(BuurtCode origin, ComparableNeighbourhoods answer) {
        Basis basis = basis(answer);
        List<ComparableBuurt> comparable = new ArrayList<>(answer.neighbours().size());
        for (ComparableNeighbourhoods.Neighbour neighbour : answer.neighbours()) {
            try {
                double similarity = neighbour.similarity() == null ? Double.NaN : neighbour.similarity();
                comparable.add(new ComparableBuurt(new BuurtCode(neighbour.code()), neighbour.name(), similarity,
                        type(neighbour.type()), neighbour.proeftuin(), comparison(neighbour.contributions()), basis));
            } catch (RuleViolationException | InvalidCodeException unusable) {
                // One bad entry should not cost the lesson all its other suggestions; it is logged for typology.
                LOG.warnf("ignoring unusable comparable buurt of %s from typology-service: %s", origin,
                        unusable.getMessage());
            }
        }
        return comparable;
    }

    private static Basis basis(ComparableNeighbourhoods answer) {
        return answer.basis() == null || answer.basisVersion() == null ? null
                : new Basis(answer.basis(), answer.basisVersion());
    }

    private static TypologyType type(ComparableNeighbourhoods.Type type) {
        return type == null || type.typologyId() == null || type.number() == null ? null
                : new TypologyType(type.typologyId(), type.number(), type.label());
    }

    /** Per dimension, the Gower distance and what it took off the similarity; entries without a key are skipped. */
    private static Map<String, DimensionDifference> comparison(List<ComparableNeighbourhoods.Contribution> contributions) {
        Map<String, DimensionDifference> comparison = new LinkedHashMap<>();
        if (contributions != null) {
            for (ComparableNeighbourhoods.Contribution c : contributions) {
                if (c != null && c.dimension() != null && c.contribution() != null) {
                    comparison.put(c.dimension(), new DimensionDifference(c.distance(), c.contribution()));
                }
            }
        }
        return comparison;
    }
}
