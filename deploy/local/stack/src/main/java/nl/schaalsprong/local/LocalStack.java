package nl.schaalsprong.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The infrastructure every service needs, real and local: PostgreSQL with one database per service, a Kafka
 * broker, and a token key pair. The same code backs the tests and the run command, so what the tests prove is
 * what a user runs.
 */
public final class LocalStack implements AutoCloseable {

    /** One database per service: no service reads another's tables. */
    public static final List<String> DATABASES = List.of("lessons", "typology", "verification");

    private final Path workDirectory;
    private final Postgres postgres;
    private final Kafka kafka;
    private final TokenIssuer tokens;
    private final String databasePrefix;

    private LocalStack(Path workDirectory, Postgres postgres, Kafka kafka, TokenIssuer tokens, String databasePrefix) {
        this.workDirectory = workDirectory;
        this.postgres = postgres;
        this.kafka = kafka;
        this.tokens = tokens;
        this.databasePrefix = databasePrefix;
    }

    /**
     * Where and how to start. Port 0 picks a free port. {@code databasePrefix} keeps test databases apart from a
     * user's when an existing server is used; {@code freshDatabases} drops them first.
     */
    public record Settings(Path workDirectory, int postgresPort, int kafkaPort, int kafkaControllerPort,
                           String databasePrefix, boolean freshDatabases) {

        /** Random ports and fresh, prefixed databases under a temporary directory: for test suites. */
        public static Settings forTests() {
            try {
                return new Settings(Files.createTempDirectory("schaalsprong-test-"), 0, 0, 0, "test_", true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static LocalStack start(Settings settings) {
        Postgres postgres = null;
        try {
            Files.createDirectories(settings.workDirectory());
            postgres = Postgres.start(Ports.orFree(settings.postgresPort()), settings.workDirectory().resolve("pgdata"));
            postgres.createDatabases(DATABASES.stream().map(d -> settings.databasePrefix() + d).toList(),
                    settings.freshDatabases());
            Kafka kafka = Kafka.start(Ports.orFree(settings.kafkaPort()), Ports.orFree(settings.kafkaControllerPort()));
            TokenIssuer tokens = TokenIssuer.generate(settings.workDirectory().resolve("keys"));
            return new LocalStack(settings.workDirectory(), postgres, kafka, tokens, settings.databasePrefix());
        } catch (IOException e) {
            closeQuietly(postgres);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    /**
     * The configuration a service needs to run against this stack, as Quarkus property names.
     *
     * @param database one of {@link #DATABASES}
     */
    public Map<String, String> serviceConfig(String database) {
        if (!DATABASES.contains(database)) {
            throw new IllegalArgumentException("unknown service database " + database + "; known: " + DATABASES);
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", tokens.publicKeyFile().toString());
        config.put("mp.jwt.verify.issuer", TokenIssuer.ISSUER);
        return config;
    }

    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(databasePrefix + database);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int postgresPort() {
        return postgres.port();
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public Path workDirectory() {
        return workDirectory;
    }

    /** Stops Kafka, then PostgreSQL; each is stopped even if the other fails. */
    @Override
    public void close() {
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already failing; the original error is the one worth reporting
            }
        }
    }
}
