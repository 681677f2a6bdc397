package nl.schaalsprong.local;

import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.file.Path;

/** Bearer tokens for {@code @QuarkusTest}s, signed with the key of the running {@link LocalStackTestResource}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String withRoles(String... roles) {
        Path key = Path.of(ConfigProvider.getConfig().getValue(LocalStackTestResource.TOKEN_KEY_PROPERTY, String.class));
        return TokenIssuer.fromPrivateKeyFile(key).token("test-user", roles);
    }

    /** The {@code Authorization} header value for a token with these roles. */
    public static String bearer(String... roles) {
        return "Bearer " + withRoles(roles);
    }
}
