package nl.schaalsprong.lessons.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import nl.schaalsprong.platform.cbs.BuurtCode;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;

/**
 * Asks typology-service whether it knows a buurt. A person is waiting on the answer, so each attempt is
 * bounded and one retry is all it gets; when typology cannot answer the caller gets
 * {@link TypologyUnavailableException} (or the fault-tolerance timeout), never a silent yes or no.
 */
@ApplicationScoped
public class TypologyGateway {

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
}
