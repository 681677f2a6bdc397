package nl.schaalsprong.local;


import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL: the zonky PostgreSQL 17 binaries by default, or an existing server when
 * {@code SCHAALSPRONG_PG_URL} names one (a JDBC URL to a database the user may create databases from).
 */
final class Postgres implements AutoCloseable {

    /** The embedded server's superuser, which every service connects as on the local stack. */
    static final String EMBEDDED_USER = "postgres";
    static final String EMBEDDED_PASSWORD = "postgres";

    private final EmbeddedServer embedded;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    private Postgres(EmbeddedServer embedded, String host, int port, String user, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** @param keep whether the data directory is reused and left in place at close, or initialised and deleted */
    static Postgres start(int port, Path dataDirectory, boolean keep) {
        String external = System.getenv("SCHAALSPRONG_PG_URL");
        if (external != null && !external.isBlank()) {
            return existing(external);
        }
        Path home = PostgresBinaries.install(cacheDirectory());
        EmbeddedServer server = EmbeddedServer.start(home, dataDirectory, port, keep);
        return new Postgres(server, "localhost", port, EMBEDDED_USER, EMBEDDED_PASSWORD);
    }

    private static Path cacheDirectory() {
        String configured = System.getenv("SCHAALSPRONG_CACHE");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "schaalsprong");
    }

    private static Postgres existing(String jdbcUrl) {
        java.net.URI uri = java.net.URI.create(jdbcUrl.substring("jdbc:".length()));
        String user = Optional.ofNullable(System.getenv("SCHAALSPRONG_PG_USER")).orElse("postgres");
        String password = Optional.ofNullable(System.getenv("SCHAALSPRONG_PG_PASSWORD")).orElse("postgres");
        return new Postgres(null, uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, user, password);
    }

    /** Creates each database that does not exist yet; with {@code fresh}, drops and recreates it first. */
    void createDatabases(List<String> names, boolean fresh) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement s = c.createStatement()) {
            for (String name : names) {
                if (!name.matches("[a-z][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a safe database name: " + name);
                }
                if (fresh) {
                    s.execute("drop database if exists " + name + " with (force)");
                }
                try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                    if (!rs.next()) {
                        s.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create databases " + names + " on " + host + ":" + port, e);
        }
    }

    String jdbcUrl(String database) {
        return jdbcUrl(host, port, database);
    }

    static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    int port() {
        return port;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** Stops the embedded server, keeping its data, until {@link #restart()}; an existing server is not ours to stop. */
    void stop() {
        embeddedOnly().stopKeepingData();
    }

    void restart() {
        embeddedOnly().restart();
    }

    private EmbeddedServer embeddedOnly() {
        if (embedded == null) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " is an existing server (SCHAALSPRONG_PG_URL)");
        }
        return embedded;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
