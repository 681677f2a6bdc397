package nl.schaalsprong.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@link Caller} of the current request, read once from its verified bearer token (or anonymous). */
public class CallerProducer {

    @Produces
    @RequestScoped
    Caller caller(SecurityIdentity identity, JsonWebToken token) {
        if (identity.isAnonymous() || token == null || token.getName() == null) {
            return Caller.anonymous();
        }
        return new Caller(token.getName(), identity.getRoles(), claim(token, "pilots"), claim(token, "gemeenten"));
    }

    /** A list claim as strings; absent or of another shape, it is empty (no scope). */
    private static Set<String> claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof Collection<?> values) {
            return values.stream().map(CallerProducer::text).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }

    /** JSON-P strings would come quoted from toString; plain strings as they are. */
    private static String text(Object value) {
        return value instanceof JsonString json ? json.getString() : String.valueOf(value);
    }
}
