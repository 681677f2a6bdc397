package nl.schaalsprong.local;

import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Bearer tokens for {@code @QuarkusTest}s, signed with the key of the running {@link LocalStackTestResource}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String withRoles(String... roles) {
        return issuer().token("test-user", roles);
    }

    /** The {@code Authorization} header value for a contributor writing for these proeftuinen ({@code pilots}). */
    public static String contributorOf(String... pilots) {
        return "Bearer " + issuer().token("test-contributor", Set.of("contributor"), List.of(pilots), List.of());
    }

    /** The {@code Authorization} header value for a token with these roles, minted for another audience. */
    public static String bearerForAudience(String audience, String... roles) {
        return "Bearer " + issuer().token(audience, "test-user", Set.of(roles), List.of(), List.of());
    }

    private static TokenIssuer issuer() {
        Path key = Path.of(ConfigProvider.getConfig().getValue(LocalStackTestResource.TOKEN_KEY_PROPERTY, String.class));
        return TokenIssuer.fromPrivateKeyFile(key);
    }

    /** The {@code Authorization} header value for a token with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + withRoles(roles);
    }
}
