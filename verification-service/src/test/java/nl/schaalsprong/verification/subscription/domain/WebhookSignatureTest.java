package nl.schaalsprong.verification.subscription.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature is HMAC-SHA256 of the body bytes, keyed with the secret's text, as any receiver can recompute. */
class WebhookSignatureTest {

    static final SubscriptionSecret SECRET = new SubscriptionSecret("whsec_" + "k".repeat(43));
    static final byte[] BODY = "{\"specversion\":\"1.0\",\"id\":\"1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void matchesAnIndependentComputation() {
        // printf '%s' '{"specversion":"1.0","id":"1"}' | openssl dgst -sha256 -hmac "whsec_kkk...k" (43 k's)
        assertEquals("sha256=339d03a6ece754587bac9e3484ba205f9fcd6a5e822b4cf2a016f5c79fc63fc4",
                WebhookSignature.sign(SECRET, BODY));
    }

    @Test
    void aReceiverRejectsAnotherBodyOrAnotherSecret() {
        String header = WebhookSignature.sign(SECRET, BODY);
        assertTrue(WebhookSignature.verifies(SECRET, BODY, header));
        assertFalse(WebhookSignature.verifies(SECRET, "{\"specversion\":\"1.0\",\"id\":\"2\"}"
                .getBytes(StandardCharsets.UTF_8), header));
        assertFalse(WebhookSignature.verifies(SubscriptionSecret.generate(), BODY, header));
        assertFalse(WebhookSignature.verifies(SECRET, BODY, null));
    }

    @Test
    void secretsAreRandom() {
        assertFalse(SubscriptionSecret.generate().equals(SubscriptionSecret.generate()));
    }
}
