package nl.schaalsprong.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * The Quarkus test resource of every service: a real PostgreSQL database for the service and a real Kafka
 * broker, started once per test JVM (so once per module) on free ports and removed afterwards.
 * Give the service's database with the init argument {@code database}.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    /** Where tests find the private key to sign their tokens with; see {@link TestTokens}. */
    public static final String TOKEN_KEY_PROPERTY = "schaalsprong.test.token-private-key";

    private String database = "";
    private LocalStack stack;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "");
    }

    @Override
    public Map<String, String> start() {
        stack = LocalStack.start(LocalStack.Settings.forTests());
        Map<String, String> config = new HashMap<>(stack.serviceConfig(database));
        config.put(TOKEN_KEY_PROPERTY, stack.tokens().privateKeyFile().toString());
        return config;
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
