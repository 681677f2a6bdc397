package nl.schaalsprong.verification.advice.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.verification.advice.client.AdviceTypologyClient.AreaNotComparableException;
import nl.schaalsprong.verification.advice.client.AdviceTypologyClient.AreaNotKnownException;
import nl.schaalsprong.verification.advice.client.AdviceTypologyClient.AreaTypologyUnavailableException;
import nl.schaalsprong.verification.advice.domain.AreaContext;
import nl.schaalsprong.verification.advice.domain.AreaLevel;
import nl.schaalsprong.verification.advice.domain.Likeness;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The asked area as typology-service knows it, on its default basis: that it exists (404 otherwise), its name, a
 * buurt's type in the current typology, and the areas of its level most comparable to it. A gemeente waits for the
 * answer, so a failing typology is asked once more and then reported (503); the REST client's connect and read
 * timeouts (those of {@code quarkus.rest-client.typology}) bound each call.
 */
@ApplicationScoped
public class AreaTypology {

    /** How many comparable areas of its level are asked for (typology's maximum for buurten is 100). */
    static final int COMPARABLE_BUURTEN = 100;
    static final int COMPARABLE_AREAS = 20;

    private final AdviceTypologyClient typology;

    public AreaTypology(@RestClient AdviceTypologyClient typology) {
        this.typology = typology;
    }

    @Retry(maxRetries = 1, delay = 50, abortOn = {NotFoundException.class, AreaNotKnownException.class,
            AreaNotComparableException.class, nl.schaalsprong.platform.domain.MalformedValueException.class})
    public AreaContext context(String code) {
        AreaLevel level = AreaLevel.ofCode(code);
        AreaAnswers.Area area;
        try {
            area = ask(() -> typology.area(code));
        } catch (AreaNotKnownException unknown) {
            throw new NotFoundException("area", code);
        }
        List<String> types = level == AreaLevel.BUURT ? typeOf(code) : List.of();
        AreaAnswers.Comparables comparables = comparables(level, code);
        Map<String, Likeness> likeness = new HashMap<>();
        String basis = null;
        if (comparables != null && comparables.comparable() != null) {
            basis = comparables.basis() == null ? null : comparables.basis() + " v" + comparables.basisVersion();
            for (AreaAnswers.Comparable other : comparables.comparable()) {
                if (other.code() != null && other.similarity() != null) {
                    likeness.put(other.code(), new Likeness(other.code(), other.similarity(), other.differsMostOn()));
                }
            }
        }
        likeness.put(code, new Likeness(code, 1.0, null));
        return new AreaContext(code, level, area.name(), types, likeness, basis);
    }

    private List<String> typeOf(String buurtCode) {
        try {
            AreaAnswers.BuurtType typed = ask(() -> typology.typeOf(buurtCode));
            return typed.type() == null || typed.type().label() == null ? List.of() : List.of(typed.type().label());
        } catch (AreaNotKnownException | AreaNotComparableException untyped) {
            return List.of(); // no typology published, or the buurt not typed in it
        }
    }

    private AreaAnswers.Comparables comparables(AreaLevel level, String code) {
        try {
            return ask(() -> switch (level) {
                case BUURT -> typology.comparableBuurten(code, COMPARABLE_BUURTEN);
                case WIJK -> typology.comparableWijken(code, COMPARABLE_AREAS);
                case GEMEENTE -> typology.comparableGemeenten(code, COMPARABLE_AREAS);
            });
        } catch (AreaNotKnownException | AreaNotComparableException notComparable) {
            return null; // an area without figures on the basis: nothing is comparable to it, honestly
        }
    }

    private static <T> T ask(Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException unreachable) {
            throw new AreaTypologyUnavailableException("typology-service cannot be reached: " + unreachable.getMessage());
        }
    }
}
