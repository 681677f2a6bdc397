package nl.schaalsprong.platform.problem;

import jakarta.ws.rs.core.Response;

/**
 * A 503 the client may retry (a service this one needs cannot answer now), answered alike everywhere: the problem,
 * and in {@code Retry-After} how many seconds to wait before trying again.
 */
public final class RetryLater {

    private RetryLater() {
    }

    public static Response after(int seconds, Problem problem) {
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", Integer.toString(seconds))
                .entity(problem).build();
    }
}
