package nl.schaalsprong.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A gauge's values read from a table when Prometheus scrapes, not counted in memory: rows another replica writes
 * count too, and a restart loses nothing. One query serves all gauges of one scrape (the reading stays fresh for
 * half a second). An unreadable table gives NaN (no value), never a reassuring zero.
 */
public final class TableReading {

    private static final Duration FRESH = Duration.ofMillis(500);

    /** Turns the query's single row into the gauges' values, in the order the gauges ask for them. */
    @FunctionalInterface
    public interface Row {
        double[] values(ResultSet row, Instant now) throws SQLException;
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final String query;
    private final Row row;
    private volatile double[] last;
    private volatile Instant readAt = Instant.MIN;

    public TableReading(DataSource dataSource, Clock clock, String query, Row row, int values) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.query = query;
        this.row = row;
        this.last = nothing(values);
    }

    /**
     * Registers a gauge showing the {@code index}th value. The gauge holds this reading only weakly: its owner must
     * keep a reference to it.
     */
    public TableReading gauge(MeterRegistry registry, String name, int index, String description) {
        Gauge.builder(name, this, reading -> reading.value(index)).description(description).register(registry);
        return this;
    }

    /** The {@code index}th value of the latest reading, read again when it is older than half a second. */
    public double value(int index) {
        Instant now = clock.instant();
        if (readAt.plus(FRESH).isBefore(now)) {
            last = read(now);
            readAt = now;
        }
        return last[index];
    }

    private double[] read(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(query);
             ResultSet result = select.executeQuery()) {
            result.next();
            return row.values(result, now);
        } catch (SQLException e) {
            return nothing(last.length);
        }
    }

    private static double[] nothing(int values) {
        double[] none = new double[values];
        Arrays.fill(none, Double.NaN);
        return none;
    }
}
