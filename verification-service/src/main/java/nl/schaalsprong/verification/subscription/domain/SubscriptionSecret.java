package nl.schaalsprong.verification.subscription.domain;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The per-subscription key deliveries are signed with: 32 random bytes, written as {@code whsec_} and their
 * base64url. The whole text (prefix included, as UTF-8) is the HMAC key, so a receiver uses it exactly as given.
 * It is shown once, when the subscription is created.
 */
public record SubscriptionSecret(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "whsec_";

    public SubscriptionSecret {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() < PREFIX.length() + 32) {
            throw new IllegalArgumentException("not a subscription secret");
        }
    }

    public static SubscriptionSecret generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SubscriptionSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Never the secret itself: records end up in logs. */
    @Override
    public String toString() {
        return "SubscriptionSecret[hidden]";
    }
}
