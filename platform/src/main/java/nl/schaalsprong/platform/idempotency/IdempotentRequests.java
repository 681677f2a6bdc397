package nl.schaalsprong.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.schaalsprong.platform.domain.MalformedValueException;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Safe retries of a POST that creates: with an {@code Idempotency-Key} header, the same key and the same body get
 * the first answer again (status, Location, ETag and body) and create nothing more; the same key with another body
 * is refused (422). The key is claimed in the caller's transaction, before the work, so a concurrent retry waits
 * on the claim and then replays, and a failed attempt releases the key with its rollback.
 *
 * <p>A service that uses it creates the table in its own migrations:
 * <pre>
 * create table idempotent_request (
 *     scope text not null, idempotency_key text not null, fingerprint text not null,
 *     status int, location text, etag text, body text, created_at timestamptz not null,
 *     primary key (scope, idempotency_key));
 * </pre>
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    /** How every creating POST documents the header (annotations need a constant). */
    public static final String HEADER_DESCRIPTION = "Any unique token (a UUID) the client picks per thing it means to "
            + "create; a retry with the same key and body gets the first answer again and creates nothing more, the "
            + "same key with another body is a 422";
    public static final String HEADER_EXAMPLE = "5f0c7a52-2b4e-4c1a-9d57-7a0f3c1e8b21";
    /** Printable ASCII, as a UUID or any client-chosen token is. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentRequests(EntityManager entityManager, ObjectMapper json, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Creates once per key.
     *
     * @param scope   whose keys these are: the operation and the caller, so two callers' keys never meet
     * @param key     the header's value; null runs {@code create} as a request without a key
     * @param request the request body, compared with the first one's by a fingerprint of its JSON
     * @param create  the work; its response entity is kept as JSON for the replay
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Response once(String scope, String key, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw new MalformedValueException(HEADER + " must be 1 to 200 printable ASCII characters, e.g. a UUID");
        }
        String fingerprint = fingerprint(request);
        int claimed = entityManager.createNativeQuery("""
                        insert into idempotent_request (scope, idempotency_key, fingerprint, created_at)
                        values (?1, ?2, ?3, ?4) on conflict do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, fingerprint);
        }
        Response response = create.get();
        entityManager.createNativeQuery("""
                        update idempotent_request set status = ?3, location = ?4, etag = ?5, body = ?6
                        where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, response.getStatus())
                .setParameter(4, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(5, response.getHeaderString(HttpHeaders.ETAG))
                .setParameter(6, response.hasEntity() ? write(response.getEntity()) : null)
                .executeUpdate();
        return response;
    }

    private Response replay(String scope, String key, String fingerprint) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select fingerprint, status, location, etag, body from idempotent_request
                        where scope = ?1 and idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] first = rows.get(0);
        if (!fingerprint.equals(first[0])) {
            throw new IdempotencyKeyReusedException(key);
        }
        Response.ResponseBuilder replay = Response.status(((Number) first[1]).intValue())
                .header(HEADER, key).header("Idempotent-Replayed", "true");
        if (first[2] != null) {
            replay.header(HttpHeaders.LOCATION, first[2]);
        }
        if (first[3] != null) {
            replay.header(HttpHeaders.ETAG, first[3]);
        }
        if (first[4] != null) {
            replay.entity(first[4]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    /** SHA-256 of the request as JSON: equal requests (as read, so formatting aside) have equal fingerprints. */
    String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
