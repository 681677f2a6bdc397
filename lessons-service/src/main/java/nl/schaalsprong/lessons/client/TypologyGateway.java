package nl.schaalsprong.lessons.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
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
 * Asks typology-service about buurten. A person is waiting on each answer, so each attempt is bounded and one
 * retry is all it gets; when typology cannot answer the caller gets {@link TypologyUnavailableException} (or the
 * fault-tolerance timeout or open circuit), never a silent yes, no or empty list.
 */
@ApplicationScoped
public class TypologyGateway {

    private static final Logger LOG = Logger.getLogger(TypologyGateway.class);

    private final TypologyClient typology;

    public TypologyGateway(@RestClient TypologyClient typology) {
        this.typology = typology;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    public boolean knows(BuurtCode code) {
        try (Response ignored = typology.neighbourhood(code.value())) {
            return true;
        } catch (UnknownBuurtException unknown) {
            return false;
        } catch (ProcessingException unreachable) {
            throw new TypologyUnavailableException("typology-service is unreachable", unreachable);
        }
    }

    /**
     * The buurten typology finds most comparable to {@code buurt}. A failing typology trips the breaker, so
     * later requests fail fast (503) instead of queueing behind it.
     *
     * @throws TypologyRejectedException when typology does not know the buurt (404) or refuses the request
     */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50, abortOn = TypologyRejectedException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = TypologyRejectedException.class)
    public List<ComparableBuurt> comparableTo(BuurtCode buurt, int limit) {
        ComparableNeighbourhoods answer;
        try {
            answer = typology.comparable(buurt.value(), limit);
        } catch (UnknownBuurtException unknown) {
            throw new TypologyRejectedException(404, "typology-service knows no buurt " + buurt);
        } catch (ProcessingException unreachable) {
            throw new TypologyUnavailableException("typology-service is unreachable", unreachable);
        }
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
