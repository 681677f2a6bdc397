package nl.schaalsprong.platform.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RetryLaterTest {

    @Test
    void isA503ProblemSayingWhenToTryAgain() {
        Problem problem = Problem.of("typology-unavailable", "Typology unavailable", 503, "try again", "/api/v1/advice");
        try (Response response = RetryLater.after(5, problem)) {
            assertEquals(503, response.getStatus());
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
            assertEquals("5", response.getHeaderString("Retry-After"));
            assertSame(problem, response.getEntity());
        }
    }
}
