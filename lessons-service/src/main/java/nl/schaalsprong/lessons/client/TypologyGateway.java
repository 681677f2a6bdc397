package nl.schaalsprong.lessons.client;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.domain.search.ComparableBuurt;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks typology-service for comparable buurten on behalf of a waiting HTTP client, so the budget is short: each
 * attempt is bounded by the timeout, one quick retry covers a blip, and a failing typology trips the breaker so
 * later requests fail fast (503) instead of queueing behind it. Overridable per environment, e.g. {@code
 * quarkus.fault-tolerance."nl.schaalsprong.lessons.client.TypologyGateway/comparableTo".timeout.value}.
 */
@ApplicationScoped
public class TypologyGateway {

    private static final Logger LOG = Logger.getLogger(TypologyGateway.class);

    private final TypologyClient typology;

    public TypologyGateway(@RestClient TypologyClient typology) {
        this.typology = typology;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = TypologyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = TypologyRejectedException.class)
    public List<ComparableBuurt> comparableTo(BuurtCode buurt, int limit) {
        ComparableNeighbourhoods answer = typology.comparable(buurt.value(), limit);
        List<ComparableBuurt> comparable = new ArrayList<>(answer.neighbours().size());
        for (ComparableNeighbourhoods.Neighbour neighbour : answer.neighbours()) {
            try {
                comparable.add(new ComparableBuurt(new BuurtCode(neighbour.code()),
                        neighbour.similarity() == null ? Double.NaN : neighbour.similarity()));
            } catch (IllegalArgumentException | InvalidCodeException unusable) {
                // One bad entry should not cost the buurt all its other lessons; it is logged for typology.
                LOG.warnf("ignoring unusable comparable buurt of %s from typology-service: %s", buurt,
                        unusable.getMessage());
            }
        }
        return comparable;
    }
}
