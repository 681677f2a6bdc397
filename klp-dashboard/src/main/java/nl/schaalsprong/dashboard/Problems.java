package nl.schaalsprong.dashboard;

import jakarta.ws.rs.core.Response;

import java.util.Map;

/** The dashboard's own errors as problem+json (RFC 9457), as the services answer theirs. */
final class Problems {

    static final String PROBLEM_JSON = "application/problem+json";

    private Problems() {
    }

    static Response of(int status, String title, String detail) {
        return Response.status(status).type(PROBLEM_JSON)
                .entity(Map.of("type", "about:blank", "title", title, "status", status, "detail", detail)).build();
    }
}
