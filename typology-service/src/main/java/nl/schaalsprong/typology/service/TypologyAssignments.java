package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.paging.Page;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every buurt's type in one typology, by buurt code: a page at a time, or all of them streamed (about 14,000 rows,
 * read with a cursor so they are never all held at once). Callers check first that the typology has types
 * ({@link TypologyQueries#types}); the export itself runs outside a transaction, while the answer is written.
 */
@ApplicationScoped
public class TypologyAssignments {

    /** A buurt that left the register keeps its code, and the code names its gemeente. */
    private static final String SELECT = """
            select a.buurt_code, n.name, 'GM' || substring(a.buurt_code from 3 for 4), n.gemeente_naam, a.type_number,
                   t.label, named.name, a.distance
              from typology_assignment a
              join typology_type t on t.typology_id = a.typology_id and t.type_number = a.type_number
              left join neighbourhood n on n.code = a.buurt_code
              left join lateral (select x.name from typology_type_name x
                                  where x.typology_id = a.typology_id and x.type_number = a.type_number
                                  order by x.revision desc limit 1) named on true
             where a.typology_id = ?
             order by a.buurt_code""";
    private static final int FETCH = 2000;

    private final DataSource dataSource;

    public TypologyAssignments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Page<TypologyAssignment> page(UUID typologyId, int page, int size) {
        List<TypologyAssignment> items = new ArrayList<>();
        long total;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(SELECT + " offset ? limit ?")) {
                statement.setObject(1, typologyId);
                statement.setLong(2, (long) page * size);
                statement.setInt(3, size);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        items.add(assignment(row));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "select count(*) from typology_assignment where typology_id = ?")) {
                statement.setObject(1, typologyId);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the assignments of typology " + typologyId, e);
        }
        return new Page<>(items, page, size, total);
    }

    /** Hands every assignment to {@code each}, by buurt code; PostgreSQL streams rows only inside a transaction. */
    public void forEach(UUID typologyId, Consumer<TypologyAssignment> each) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
                statement.setObject(1, typologyId);
                statement.setFetchSize(FETCH);
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        each.accept(assignment(row));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the assignments of typology " + typologyId, e);
        }
    }

    private static TypologyAssignment assignment(ResultSet row) throws SQLException {
        return new TypologyAssignment(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getInt(5), row.getString(6), row.getString(7), row.getDouble(8));
    }
}
