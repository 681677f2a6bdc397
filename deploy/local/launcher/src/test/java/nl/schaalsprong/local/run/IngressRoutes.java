package nl.schaalsprong.local.run;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which backend ingress-nginx gives a request path among the Ingress paths of one host. A Prefix path matches by
 * whole path segments, as the Ingress API specifies. ingress-nginx renders it as an exact location for the path
 * itself and a location for the path with a trailing '/'; a regex path (pathType ImplementationSpecific in an
 * Ingress with use-regex) as the case-insensitive regex "^path". nginx tries exact locations first, then, with
 * use-regex on the host, every location as a regex in the order ingress-nginx writes them: longest path first.
 * Without regex paths that order is the Ingress API's "longest prefix wins".
 */
final class IngressRoutes {

    enum Kind { PREFIX, REGEX }

    record Route(String host, String path, Kind kind, String service) {

        boolean matches(String requestPath) {
            return switch (kind) {
                case PREFIX -> RestPaths.prefixMatches(path, requestPath);
                case REGEX -> Pattern.compile("^" + path, Pattern.CASE_INSENSITIVE).matcher(requestPath).lookingAt();
            };
        }

        /** The length ingress-nginx orders a host's locations by: a Prefix path's with its trailing '/'. */
        int locationLength() {
            return kind == Kind.PREFIX && !path.endsWith("/") ? path.length() + 1 : path.length();
        }
    }

    private IngressRoutes() {
    }

    /**
     * The route a request path takes among one host's routes, if any. Two matching routes of the same location
     * length to different services would depend on the order of the Ingress objects, so that is refused.
     */
    static Optional<Route> routed(List<Route> routes, String requestPath) {
        Optional<Route> exact = routes.stream()
                .filter(route -> route.kind() == Kind.PREFIX && route.path().equals(requestPath)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Route> matching = routes.stream().filter(route -> route.matches(requestPath))
                .sorted(Comparator.comparingInt(Route::locationLength).reversed()).toList();
        if (matching.size() > 1 && matching.get(0).locationLength() == matching.get(1).locationLength()
                && !matching.get(0).service().equals(matching.get(1).service())) {
            throw new IllegalStateException(requestPath + " matches " + matching.get(0).path() + " and "
                    + matching.get(1).path() + " equally");
        }
        return matching.stream().findFirst();
    }
}
