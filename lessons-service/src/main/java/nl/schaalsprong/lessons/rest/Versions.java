package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The lesson's version as an HTTP entity tag: {@code ETag: "3"} on reads, {@code If-Match: "3"} on writes. */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Writes must say which version they were made on; without it a lost update cannot be detected. */
    static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new WebApplicationException("send If-Match with the version you read (its ETag)",
                    Response.Status.PRECONDITION_REQUIRED);
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must be the lesson's ETag, e.g. \"3\"");
        }
    }
}
