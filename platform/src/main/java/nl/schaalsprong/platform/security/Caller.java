package nl.schaalsprong.platform.security;

import java.util.Set;

/**
 * Who sends a request, as far as what they may see and write: the token's subject, roles and scopes
 * ({@code pilots}: the proeftuinen it writes for; {@code gemeenten}: the gemeenten it acts for). Anonymous callers
 * (KLP dashboards) have no subject and no roles. A class rather than a record, so the request-scoped bean can be
 * proxied ({@link CallerProducer}).
 */
public class Caller {

    private final String subject;
    private final Set<String> roles;
    private final Set<String> pilots;
    private final Set<String> gemeenten;

    public Caller(String subject, Set<String> roles, Set<String> pilots, Set<String> gemeenten) {
        this.subject = subject;
        this.roles = Set.copyOf(roles);
        this.pilots = Set.copyOf(pilots);
        this.gemeenten = Set.copyOf(gemeenten);
    }

    /** For the CDI client proxy only. */
    protected Caller() {
        this(null, Set.of(), Set.of(), Set.of());
    }

    public static Caller anonymous() {
        return new Caller(null, Set.of(), Set.of(), Set.of());
    }

    /** The token's subject; null when anonymous. */
    public String subject() {
        return subject;
    }

    public Set<String> roles() {
        return roles;
    }

    public Set<String> pilots() {
        return pilots;
    }

    public Set<String> gemeenten() {
        return gemeenten;
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Stewards act for the whole programme; every other role only within its scope. */
    public boolean isSteward() {
        return hasRole(Roles.STEWARD);
    }

    /** Whether this caller writes for the proeftuin: a steward always, a contributor if its pilots list it. */
    public boolean writesFor(String proeftuinId) {
        return isSteward() || (hasRole(Roles.CONTRIBUTOR) && proeftuinId != null && pilots.contains(proeftuinId));
    }
}
