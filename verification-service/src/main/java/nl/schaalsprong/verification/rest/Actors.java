package nl.schaalsprong.verification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.verification.domain.Actor;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Reads who is acting from the bearer token: its subject, whether it is a steward, and its gemeenten claim. */
@RequestScoped
public class Actors {

    /** The claim listing the CBS codes of the gemeenten a verifier acts for. */
    static final String GEMEENTEN = "gemeenten";

    private final JsonWebToken token;

    public Actors(JsonWebToken token) {
        this.token = token;
    }

    public Actor current() {
        Set<GemeenteCode> gemeenten = new HashSet<>();
        Object claim = token.getClaim(GEMEENTEN);
        Collection<?> values = claim instanceof JsonArray array ? array
                : claim instanceof Collection<?> collection ? collection : Set.of();
        for (Object value : values) {
            String code = value instanceof JsonString json ? json.getString() : String.valueOf(value);
            try {
                gemeenten.add(new GemeenteCode(code));
            } catch (InvalidCodeException ignored) {
                // A code that is no gemeente grants nothing; the rest of the token still counts.
            }
        }
        return new Actor(token.getName(), token.getGroups().contains(Roles.STEWARD), gemeenten);
    }
}
