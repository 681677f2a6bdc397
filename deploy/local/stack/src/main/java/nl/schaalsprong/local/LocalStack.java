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
    /** PostgreSQL's data directory and the Kafka log directory, inside the work directory. */
    static final String POSTGRES_DATA = "pgdata";
    static final String KAFKA_LOG = "kafka";
    /** The token key pair, inside the work directory. */
    public static final String KEYS = "keys";

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
     * user's when an existing server is used; {@code state} says whether data outlives the stack.
     */
    public record Settings(Path workDirectory, int postgresPort, int kafkaPort, int kafkaControllerPort,
                           String databasePrefix, State state) {

        /** Random ports and fresh, prefixed databases under a temporary directory, gone at close: for test suites. */
        public static Settings forTests() {
            try {
                return new Settings(Files.createTempDirectory("schaalsprong-test-"), 0, 0, 0, "test_", State.THROWAWAY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What becomes of the databases and the Kafka log between one start and the next. */
    public enum State {
        /** Tests: empty at start, deleted at close; PostgreSQL skips fsync, since nothing is to survive. */
        THROWAWAY,
        /** The run command: PostgreSQL's data and the Kafka log stay in the work directory across stop and start. */
        KEPT,
        /** The run command asked to start empty ({@code --fresh}): the kept data is deleted first, then kept. */
        FRESH;

        boolean keeps() {
            return this != THROWAWAY;
        }
    }

    public static LocalStack start(Settings settings) {
        Postgres postgres = null;
        try {
            Path work = settings.workDirectory();
            Files.createDirectories(work);
            if (settings.state() == State.FRESH) {
                Directories.delete(work.resolve(POSTGRES_DATA));
                Directories.delete(work.resolve(KAFKA_LOG));
            }
            postgres = Postgres.start(Ports.orFree(settings.postgresPort()), work.resolve(POSTGRES_DATA),
                    settings.state().keeps());
            postgres.createDatabases(DATABASES.stream().map(d -> settings.databasePrefix() + d).toList(),
                    settings.state() != State.KEPT);
            Kafka kafka = Kafka.start(Ports.orFree(settings.kafkaPort()), Ports.orFree(settings.kafkaControllerPort()),
                    work.resolve(KAFKA_LOG), settings.state().keeps());
            SuiteTopics.create(kafka.bootstrapServers());
            // Kept state keeps its key pair too, so tokens printed by an earlier run still verify.
            TokenIssuer tokens = settings.state() == State.KEPT ? TokenIssuer.reuseOrGenerate(work.resolve(KEYS))
                    : TokenIssuer.generate(work.resolve(KEYS));
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
        return serviceConfig(jdbcUrl(database), postgres.user(), postgres.password(), kafkaBootstrapServers(),
                tokens.publicKeyFile());
    }

    /**
     * What {@link #serviceConfig} gives a service when the stack runs embedded (no {@code SCHAALSPRONG_PG_URL}) on
     * these ports with its state in {@code workDirectory}, known without starting it: what a service started by
     * hand ({@code quarkus:dev}, its {@code %dev} profile) must be given to join that stack.
     */
    public static Map<String, String> embeddedServiceConfig(String database, Path workDirectory, int postgresPort,
                                                            int kafkaPort) {
        if (!DATABASES.contains(database)) {
            throw new IllegalArgumentException("unknown service database " + database + "; known: " + DATABASES);
        }
        return serviceConfig(Postgres.jdbcUrl("localhost", postgresPort, database), Postgres.EMBEDDED_USER,
                Postgres.EMBEDDED_PASSWORD, Kafka.HOST + ":" + kafkaPort,
                workDirectory.resolve(KEYS).resolve(TokenIssuer.PUBLIC_KEY_FILE));
    }

    private static Map<String, String> serviceConfig(String jdbcUrl, String user, String password, String kafka,
                                                     Path publicKey) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.jdbc.url", jdbcUrl);
        config.put("quarkus.datasource.username", user);
        config.put("quarkus.datasource.password", password);
        config.put("kafka.bootstrap.servers", kafka);
        config.put("mp.jwt.verify.publickey.location", publicKey.toString());
        config.put("mp.jwt.verify.issuer", TokenIssuer.ISSUER);
        config.put("mp.jwt.verify.audiences", TokenIssuer.AUDIENCE);
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

    /**
     * Takes the Kafka broker down, its log kept, until {@link #restartKafka()} brings it back on the same ports: for
     * tests of what the services do while the broker is away.
     */
    public void stopKafka() {
        kafka.stop();
    }

    public void restartKafka() {
        kafka.restart();
    }

    /**
     * Stops the embedded PostgreSQL ({@code pg_ctl stop -m fast}), its data kept, until {@link #restartPostgres()}
     * starts it on the same port and data directory: for tests of what the services do while the database is away.
     */
    public void stopPostgres() {
        postgres.stop();
    }

    public void restartPostgres() {
        postgres.restart();
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
