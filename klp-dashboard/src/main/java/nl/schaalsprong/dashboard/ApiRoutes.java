package nl.schaalsprong.dashboard;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which service answers an /api/v1 path: the same table as the Kubernetes ingress (deploy/k8s/base/ingress.yaml and
 * ingress-nested.yaml), matched by whole path segments, the nested exceptions first.
 */
public final class ApiRoutes {

    public enum Service { LESSONS, TYPOLOGY, VERIFICATION }

    private record Nested(Pattern path, Service service) {
    }

    private record Prefix(String path, Service service) {
    }

    private static final List<Nested> NESTED = List.of(
            new Nested(Pattern.compile("/api/v1/neighbourhoods/[^/]+/lessons"), Service.LESSONS),
            new Nested(Pattern.compile("/api/v1/gemeenten/[^/]+/comparable"), Service.TYPOLOGY));

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix("/api/v1/lessons", Service.LESSONS),
            new Prefix("/api/v1/barriers", Service.LESSONS),
            new Prefix("/api/v1/proeftuinen", Service.LESSONS),
            new Prefix("/api/v1/vocabularies", Service.LESSONS),
            new Prefix("/api/v1/imports", Service.TYPOLOGY),
            new Prefix("/api/v1/comparability-bases", Service.TYPOLOGY),
            new Prefix("/api/v1/neighbourhoods", Service.TYPOLOGY),
            new Prefix("/api/v1/dimensions", Service.TYPOLOGY),
            new Prefix("/api/v1/figures", Service.TYPOLOGY),
            new Prefix("/api/v1/typologies", Service.TYPOLOGY),
            new Prefix("/api/v1/areas", Service.TYPOLOGY),
            new Prefix("/api/v1/wijken", Service.TYPOLOGY),
            new Prefix("/api/v1/verifications", Service.VERIFICATION),
            new Prefix("/api/v1/gemeenten", Service.VERIFICATION),
            new Prefix("/api/v1/evidence", Service.VERIFICATION),
            new Prefix("/api/v1/evidence-rules", Service.VERIFICATION),
            new Prefix("/api/v1/tags", Service.VERIFICATION),
            new Prefix("/api/v1/learning/weights", Service.VERIFICATION),
            new Prefix("/api/v1/learning-metrics", Service.VERIFICATION),
            new Prefix("/api/v1/advice", Service.VERIFICATION),
            new Prefix("/api/v1/subscriptions", Service.VERIFICATION),
            new Prefix("/api/v1/dead-letters/lessons", Service.LESSONS),
            new Prefix("/api/v1/dead-letters/typology", Service.TYPOLOGY),
            new Prefix("/api/v1/dead-letters/verification", Service.VERIFICATION));

    private ApiRoutes() {
    }

    /** The service that answers this path (without query), or empty when none does. */
    public static Optional<Service> serviceFor(String path) {
        for (Nested nested : NESTED) {
            if (nested.path().matcher(path).matches()) {
                return Optional.of(nested.service());
            }
        }
        return PREFIXES.stream()
                .filter(p -> path.equals(p.path()) || path.startsWith(p.path() + "/"))
                .map(Prefix::service).findFirst();
    }
}
