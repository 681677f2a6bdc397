package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Callback URLs: http(s) only, and never this service itself. */
class CallbackRulesTest {

    final SelfCallbackPolicy policy = new SelfCallbackPolicy(Set.of("verification-service:8083",
            "schaalsprong.example.nl:443", "localhost:8083"));

    @Test
    void onlyAbsoluteHttpAndHttpsUrlsWithAHost() {
        assertDoesNotThrow(() -> CallbackUrl.parse("https://gemeente.example.nl/schaalsprong/events"));
        assertDoesNotThrow(() -> CallbackUrl.parse("HTTP://10.1.2.3:9000/hook?token-free=yes"));
        for (String bad : List.of("ftp://gemeente.example.nl/x", "file:///etc/passwd", "javascript:alert(1)",
                "gemeente.example.nl/x", "/relative", "https://", "https://user:pw@gemeente.example.nl/x",
                "https://gemeente.example.nl/x#frag", "http://exa mple.nl", "", "https://x.nl/" + "a".repeat(2000))) {
            assertThrows(RuleViolationException.class, () -> CallbackUrl.parse(bad), bad);
        }
    }

    @Test
    void theDefaultPortIsTheSchemes() {
        assertEquals(443, CallbackUrl.parse("https://schaalsprong.example.nl/api/v1/x").port());
        assertEquals(80, CallbackUrl.parse("http://gemeente.example.nl/").port());
    }

    @Test
    void aCallbackToThisServiceIsRefused() {
        for (String self : List.of("http://verification-service:8083/api/v1/verifications",
                "https://schaalsprong.example.nl/api/v1/subscriptions", "https://SCHAALSPRONG.example.nl:443/x",
                "http://localhost:8083/", "http://127.0.0.1:8083/q/health", "http://127.9.9.9:8083/",
                "http://[::1]:8083/", "http://0.0.0.0:8083/", "http://api.localhost:8083/")) {
            RuleViolationException refused = assertThrows(RuleViolationException.class,
                    () -> policy.check(CallbackUrl.parse(self)), self);
            assertTrue(refused.getMessage().contains("points at this service itself"), refused.getMessage());
        }
    }

    @Test
    void otherPortsOnLoopbackAndOtherHostsAreSomebodyElse() {
        for (String other : List.of("http://localhost:9090/hook", "http://127.0.0.1:8084/", "http://[::1]:1234/",
                "https://gemeente.example.nl/hook", "http://verification-service:9000/", "http://schaalsprong.example.nl/")) {
            assertDoesNotThrow(() -> policy.check(CallbackUrl.parse(other)), other);
        }
    }
}
