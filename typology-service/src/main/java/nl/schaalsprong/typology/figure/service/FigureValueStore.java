package nl.schaalsprong.typology.figure.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.domain.FigureValue;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table {@code figure_value}: one row per buurt, figure and source year. Written set-based (new values by COPY,
 * replaced ones in one update) because a national file brings a few hundred thousand values.
 */
@ApplicationScoped
public class FigureValueStore {

    /** Values not stored yet go in as one COPY: the fastest way PostgreSQL takes rows (issue 10, docs/benchmarks.md). */
    private static final String COPY = "copy figure_value (code, figure_key, year, numeric_value, text_value) from stdin";
    private static final String UPDATE = """
            update figure_value v set numeric_value = n.numeric_value, text_value = n.text_value
            from unnest(?::varchar[], ?::varchar[], ?::float8[], ?::text[]) n (code, figure_key, numeric_value, text_value)
            where v.code = n.code and v.figure_key = n.figure_key and v.year = ?""";
    /** COPY rows are sent in chunks of this many, so a national file is never one string in memory. */
    private static final int COPY_CHUNK = 2_000;
    private static final String DELETE = "delete from figure_value where code = ? and figure_key = ? and year = ?";

    /**
     * A value to write (or, with a null value, to remove) for one buurt and figure in one year.
     *
     * @param stored whether a value is stored for that buurt, figure and year now (as read under
     *               {@link #lockForImport}): then it is replaced or removed, otherwise added
     */
    public record Write(BuurtCode code, DimensionKey figure, AttributeValue value, boolean stored) {
    }

    private final EntityManager entityManager;

    public FigureValueStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Every buurt's newest value of every figure, by buurt: what searches compare by default. The table is read in
     * its stored order and the newest year kept here: ordering it in the query ({@code distinct on} by code, figure,
     * year descending) was a sort of every stored value, about as long as the rest of a snapshot build's read.
     */
    @Transactional
    public Map<BuurtCode, Map<DimensionKey, AttributeValue>> newest() {
        return session().doReturningWork(connection -> {
            Map<String, Newest> byCode = new HashMap<>();
            Map<String, DimensionKey> keys = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select code, figure_key, year, numeric_value, text_value from figure_value");
                 ResultSet rows = streamed(select).executeQuery()) {
                while (rows.next()) {
                    byCode.computeIfAbsent(rows.getString(1), c -> new Newest())
                            .offer(keys.computeIfAbsent(rows.getString(2), DimensionKey::of), rows.getInt(3), rows);
                }
            }
            Map<BuurtCode, Map<DimensionKey, AttributeValue>> byBuurt = new HashMap<>(byCode.size() * 2);
            byCode.forEach((code, newest) -> byBuurt.put(BuurtCode.of(code), newest.values));
            return byBuurt;
        });
    }

    /** One buurt's values, each of the newest year read so far. */
    private static final class Newest {
        private final Map<DimensionKey, AttributeValue> values = new HashMap<>();
        private final Map<DimensionKey, Integer> years = new HashMap<>();

        void offer(DimensionKey key, int year, ResultSet row) throws SQLException {
            Integer kept = years.get(key);
            if (kept == null || year > kept) {
                years.put(key, year);
                values.put(key, value(row, 4));
            }
        }
    }

    /**
     * The values of every figure-year some basis pins ({@link nl.schaalsprong.typology.domain.basis.PinnedYear}), by
     * buurt, each under its pinned column's key: what a basis that pins a year compares on.
     */
    @Transactional
    public Map<BuurtCode, Map<DimensionKey, AttributeValue>> pinned() {
        return session().doReturningWork(connection -> {
            Map<BuurtCode, Map<DimensionKey, AttributeValue>> byBuurt = new HashMap<>();
            Map<Pin, DimensionKey> columns = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select v.code, v.figure_key, v.year, v.numeric_value, v.text_value from figure_value v
                    join (select distinct dimension_key, year from comparability_basis_weight where year is not null) p
                      on p.dimension_key = v.figure_key and p.year = v.year""");
                 ResultSet rows = streamed(select).executeQuery()) {
                while (rows.next()) {
                    DimensionKey column = columns.computeIfAbsent(new Pin(rows.getString(2), rows.getInt(3)),
                            pin -> nl.schaalsprong.typology.domain.basis.PinnedYear.column(
                                    DimensionKey.of(pin.figure()), pin.year()));
                    byBuurt.computeIfAbsent(BuurtCode.of(rows.getString(1)), c -> new HashMap<>())
                            .put(column, value(rows, 4));
                }
            }
            return byBuurt;
        });
    }

    private record Pin(String figure, int year) {
    }

    /**
     * Rows fetched a batch at a time (the transaction keeps the cursor open): the driver would otherwise hold the
     * whole population's rows, several hundred thousand, in memory beside the maps built from them.
     */
    private static PreparedStatement streamed(PreparedStatement select) throws java.sql.SQLException {
        select.setFetchSize(2_000);
        return select;
    }

    /** All values of one buurt, every year, by figure and then newest year first. */
    @Transactional
    public List<FigureValue> of(BuurtCode code) {
        return session().doReturningWork(connection -> {
            List<FigureValue> values = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select figure_key, year, numeric_value, text_value from figure_value where code = ?
                    order by figure_key, year desc""")) {
                select.setString(1, code.value());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        values.add(new FigureValue(DimensionKey.of(rows.getString(1)), rows.getInt(2), value(rows, 3)));
                    }
                }
            }
            return values;
        });
    }

    /**
     * The stored values of {@code figures} in {@code year}, by buurt code: one query on the index by figure and year,
     * which reads exactly the values an import of those figures may overwrite (a few per buurt), where a query per
     * batch of buurten read every figure-year of each buurt to pick a few.
     */
    public static Map<String, Map<DimensionKey, AttributeValue>> stored(Connection connection,
                                                                     Collection<DimensionKey> figures, int year)
            throws SQLException {
        Map<String, Map<DimensionKey, AttributeValue>> stored = new HashMap<>();
        eachRow(connection, "select figure_key, code, numeric_value, text_value from figure_value"
                + " where figure_key = any(?) and year = ?", figures, year, (figure, rows) ->
                stored.computeIfAbsent(rows.getString(2), c -> new HashMap<>()).put(figure, value(rows, 3)));
        return stored;
    }

    /**
     * Per figure among {@code figures}, the codes of the buurten that hold a value of it from a year after
     * {@code year}; on the index by figure and year, so it reads those values alone.
     */
    public static Map<DimensionKey, java.util.Set<String>> newerThan(Connection connection,
                                                                     Collection<DimensionKey> figures, int year)
            throws SQLException {
        Map<DimensionKey, java.util.Set<String>> newer = new HashMap<>();
        eachRow(connection, "select distinct figure_key, code from figure_value where figure_key = any(?) and year > ?",
                figures, year, (figure, rows) ->
                        newer.computeIfAbsent(figure, f -> new java.util.HashSet<>()).add(rows.getString(2)));
        return newer;
    }

    /** One row of a query by figure and year, with its figure (the query's first column). */
    private interface FigureRow {
        void read(DimensionKey figure, ResultSet rows) throws SQLException;
    }

    /** Runs {@code sql} (figure keys and year as its parameters, figure key first in its rows), streamed. */
    private static void eachRow(Connection connection, String sql, Collection<DimensionKey> figures, int year,
                                FigureRow row) throws SQLException {
        if (figures.isEmpty()) {
            return;
        }
        Map<String, DimensionKey> wanted = new HashMap<>();
        figures.forEach(f -> wanted.put(f.value(), f));
        Array keyArray = connection.createArrayOf("varchar", wanted.keySet().toArray());
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setArray(1, keyArray);
            select.setInt(2, year);
            try (ResultSet rows = streamed(select).executeQuery()) {
                while (rows.next()) {
                    row.read(wanted.get(rows.getString(1)), rows);
                }
            }
        } finally {
            keyArray.free();
        }
    }

    /**
     * Makes imports that write figure values take turns, until the caller's transaction ends: the values an import
     * reads as stored ({@link #stored}) are then exactly those it replaces, so it can add the others as plain rows
     * (COPY) instead of an upsert that checks each row for a conflict. A transaction-scoped advisory lock keyed by
     * the table: unlike {@code lock table}, it never waits for (or cancels) autovacuum and blocks no reader.
     */
    public static void lockForImport(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock('figure_value'::regclass::oid::bigint)")) {
            lock.execute();
        }
    }

    /**
     * Writes the values (null value: removes it) of {@code year}: new ones by COPY, replaced ones in one update,
     * removed ones by primary key. The caller holds {@link #lockForImport} since it read what is stored.
     */
    public static void write(Connection connection, List<Write> writes, int year) throws SQLException {
        List<Write> added = writes.stream().filter(w -> w.value() != null && !w.stored()).toList();
        List<Write> replaced = writes.stream().filter(w -> w.value() != null && w.stored()).toList();
        List<Write> removed = writes.stream().filter(w -> w.value() == null).toList();
        if (!added.isEmpty()) {
            copy(connection, added, year);
        }
        if (!replaced.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                update.setArray(1, connection.createArrayOf("varchar",
                        replaced.stream().map(w -> w.code().value()).toArray()));
                update.setArray(2, connection.createArrayOf("varchar",
                        replaced.stream().map(w -> w.figure().value()).toArray()));
                update.setArray(3, connection.createArrayOf("float8",
                        replaced.stream().map(w -> w.value().number()).toArray()));
                update.setArray(4, connection.createArrayOf("text",
                        replaced.stream().map(w -> w.value().text()).toArray()));
                update.setInt(5, year);
                update.executeUpdate();
            }
        }
        if (!removed.isEmpty()) {
            // Row by row on the primary key: a file rarely empties a figure it carries.
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                for (Write gone : removed) {
                    delete.setString(1, gone.code().value());
                    delete.setString(2, gone.figure().value());
                    delete.setInt(3, year);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        }
    }

    /** COPY in PostgreSQL's text format: tab-separated, {@code \N} for null, backslash escapes in text. */
    private static void copy(Connection connection, List<Write> added, int year) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
        try {
            StringBuilder rows = new StringBuilder();
            for (int i = 0; i < added.size(); i++) {
                Write write = added.get(i);
                rows.append(write.code().value()).append('\t').append(write.figure().value()).append('\t')
                        .append(year).append('\t');
                if (write.value().number() != null) {
                    // Double.toString is the shortest text that reads back as the same double
                    rows.append(write.value().number()).append("\t\\N\n");
                } else {
                    rows.append("\\N\t");
                    escaped(rows, write.value().text());
                    rows.append('\n');
                }
                if ((i + 1) % COPY_CHUNK == 0 || i == added.size() - 1) {
                    byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    rows.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void escaped(StringBuilder rows, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }

    private static AttributeValue value(ResultSet rows, int column) throws SQLException {
        double number = rows.getDouble(column);
        if (!rows.wasNull()) {
            return AttributeValue.number(number);
        }
        return AttributeValue.level(rows.getString(column + 1));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
