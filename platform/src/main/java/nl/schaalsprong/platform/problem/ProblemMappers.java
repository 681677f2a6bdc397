package nl.schaalsprong.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.DomainException;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.platform.domain.StaleVersionException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;

/**
 * Turns every failure into problem+json in one place, so no resource formats an error itself and no stack
 * trace or internal message leaks to a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        int status;
        String slug;
        if (e instanceof NotFoundException) {
            status = 404;
            slug = "not-found";
        } else if (e instanceof OutOfScopeException) {
            status = 403;
            slug = "out-of-scope";
        } else if (e instanceof StaleVersionException) {
            status = 412;
            slug = "precondition-failed";
        } else if (e instanceof ConflictException) {
            status = 409;
            slug = "conflict";
        } else if (e instanceof RuleViolationException) {
            status = 422;
            slug = "rule-violation";
        } else {
            status = 400;
            slug = "bad-request";
        }
        return respond(Problem.of(slug, e.title(), status, e.getMessage(), path(uri)));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return respond(Problem.of("validation", "Invalid request", 400, detail, path(uri)).withErrors(errors));
    }

    /**
     * A body Jackson cannot read or bind, answered in the client's terms ({@link ClientTerms}). MismatchedInputException
     * (an unknown enum value, a wrong type) is named too: Quarkus REST has a built-in mapper for it, closer in the
     * class hierarchy than JsonProcessingException, which would otherwise answer plain JSON instead of a problem.
     */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of("unreadable-body", "Unreadable request body", 400, ClientTerms.unreadableBody(e),
                path(uri)));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(Problem.of("conflict", "Conflict with the current state", 409,
                "the resource was changed by someone else; read it again and retry", path(uri)));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = Problem.of("unauthorized", "Authentication required", 401,
                "this operation needs a valid bearer token", path(uri));
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of("forbidden", "Not allowed", 403,
                "your token does not carry a role that may do this", path(uri)));
    }

    /**
     * Quarkus wraps some binding failures, such as a value object refusing itself while its JSON is read (a
     * range outside its own bounds), in a bare 400; the cause says what is wrong, so it is answered as unreadable
     * JSON with the field and the reason.
     */
    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getResponse().getStatus() == 400 && e.getCause() instanceof JsonProcessingException cause) {
            return unreadable(cause, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR && family != Response.Status.Family.SERVER_ERROR) {
            return e.getResponse();
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status == 404 ? "no resource at this path" : e.getMessage();
        return respond(Problem.of("http-" + status, reason, status, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        Problem storeRefusal = StoreFailures.problem(e, path(uri));
        if (storeRefusal != null) {
            LOG.debugf(e, "store refused a write on %s", path(uri));
            return respond(storeRefusal);
        }
        LOG.errorf(e, "unexpected failure on %s", path(uri));
        return respond(Problem.of("internal", "Internal error", 500,
                "an unexpected error occurred; it has been logged", path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** "create.request.title" becomes "title": the client knows its own body, not our method names. */
    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }
}
