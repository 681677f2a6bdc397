package nl.schaalsprong.typology.figure.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.Provenance;
import nl.schaalsprong.typology.figure.domain.Aggregation;
import nl.schaalsprong.typology.figure.domain.DerivedDimension;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import nl.schaalsprong.typology.figure.domain.MoreEnd;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Tables {@code figure} and {@code derived_dimension}: the figure catalogue and the dimensions derived from it. */
@ApplicationScoped
public class FigureStore {

    private static final String COLUMNS = "key, title, unit, description, kind, levels, more_end, whole, minimum, "
            + "aggregation, cbs_kwb_stem, publisher, source_table, licence, attribution";

    private final EntityManager entityManager;

    public FigureStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public FigureCatalogue catalogue() {
        return session().doReturningWork(connection -> {
            List<Figure> figures = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from figure");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    figures.add(figure(rows));
                }
            }
            return new FigureCatalogue(figures);
        });
    }

    /** The source years each figure has values for, newest first. */
    @Transactional
    public java.util.Map<DimensionKey, List<Integer>> years() {
        return session().doReturningWork(connection -> {
            java.util.Map<DimensionKey, List<Integer>> years = new java.util.HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct figure_key, year from figure_value order by figure_key, year desc");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    years.computeIfAbsent(DimensionKey.of(rows.getString(1)), k -> new ArrayList<>()).add(rows.getInt(2));
                }
            }
            return years;
        });
    }

    /**
     * The figure-years some basis version pins (draft or published): each gets a column of its own in the snapshot,
     * so a draft can be tried the moment it is published.
     */
    @Transactional
    public List<nl.schaalsprong.typology.domain.basis.PinnedYear> pinnedYears() {
        return session().doReturningWork(connection -> {
            List<nl.schaalsprong.typology.domain.basis.PinnedYear> pins = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select distinct dimension_key, year from comparability_basis_weight where year is not null
                    order by dimension_key, year""");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pins.add(new nl.schaalsprong.typology.domain.basis.PinnedYear(DimensionKey.of(rows.getString(1)),
                            rows.getInt(2)));
                }
            }
            return pins;
        });
    }

    @Transactional
    public List<DerivedDimension> derived() {
        return session().doReturningWork(connection -> {
            List<DerivedDimension> derived = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select key, title, unit, description, derivation, source_keys from derived_dimension order by key");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    derived.add(new DerivedDimension(DimensionKey.of(rows.getString(1)), rows.getString(2),
                            rows.getString(3), rows.getString(4), Derivation.valueOf(rows.getString(5)),
                            Arrays.stream((String[]) rows.getArray(6).getArray()).map(DimensionKey::of).toList()));
                }
            }
            return derived;
        });
    }

    /**
     * Adds figures to the catalogue. Declaring a known figure again is allowed when it is compatible (same kind and
     * levels: the stored values keep their meaning) and changes nothing; otherwise it is refused, naming the figure.
     *
     * @return the figures that were new
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Figure> declare(List<Figure> figures, String by, OffsetDateTime now) {
        FigureCatalogue known = catalogue();
        List<Figure> added = new ArrayList<>();
        for (Figure figure : figures) {
            Optional<Figure> stored = known.find(figure.key());
            if (stored.isPresent()) {
                if (!stored.get().compatibleWith(figure)) {
                    throw new RuleViolationException("figure '" + figure.key() + "' is already in the catalogue as "
                            + describe(stored.get()) + "; it cannot be declared again as " + describe(figure));
                }
                continue;
            }
            if (derived().stream().anyMatch(d -> d.key().equals(figure.key()))) {
                throw new RuleViolationException("'" + figure.key() + "' is a derived dimension's key; choose another");
            }
            insert(figure, by, now);
            added.add(figure);
        }
        return added;
    }

    /** Defines a dimension derived from figures; 422 when its figures are unknown or not numeric, or its key taken. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void define(DerivedDimension dimension, String by, OffsetDateTime now) {
        FigureCatalogue figures = catalogue();
        dimension.definition(figures);
        if (figures.find(dimension.key()).isPresent()
                || derived().stream().anyMatch(d -> d.key().equals(dimension.key()))) {
            throw new RuleViolationException("dimension '" + dimension.key() + "' exists already");
        }
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into derived_dimension (key, title, unit, description, derivation, source_keys, defined_at,
                                                   defined_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setString(1, dimension.key().value());
                insert.setString(2, dimension.title());
                insert.setString(3, dimension.unit() == null ? "" : dimension.unit());
                insert.setString(4, dimension.description() == null ? "" : dimension.description());
                insert.setString(5, dimension.derivation().name());
                insert.setArray(6, connection.createArrayOf("varchar",
                        dimension.sources().stream().map(DimensionKey::value).toArray()));
                insert.setObject(7, now);
                insert.setString(8, by);
                insert.executeUpdate();
            }
        });
    }

    private void insert(Figure figure, String by, OffsetDateTime now) {
        session().doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into figure (" + COLUMNS
                    + ", declared_at, declared_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int p = 1;
                insert.setString(p++, figure.key().value());
                insert.setString(p++, figure.title());
                insert.setString(p++, figure.unit());
                insert.setString(p++, figure.description());
                insert.setString(p++, figure.kind().name());
                insert.setArray(p++, connection.createArrayOf("text", figure.levels().toArray()));
                insert.setString(p++, figure.moreEnd() == null ? null : figure.moreEnd().name());
                if (figure.kind() == DimensionKind.NUMERIC) {
                    insert.setBoolean(p++, figure.whole());
                } else {
                    insert.setNull(p++, Types.BOOLEAN);
                }
                if (figure.minimum() == null) {
                    insert.setNull(p++, Types.DOUBLE);
                } else {
                    insert.setDouble(p++, figure.minimum());
                }
                insert.setString(p++, figure.aggregation().name());
                insert.setString(p++, figure.cbsKwbStem());
                insert.setString(p++, figure.source().publisher());
                insert.setString(p++, figure.source().table());
                insert.setString(p++, figure.source().licence());
                insert.setString(p++, figure.source().attribution());
                insert.setObject(p++, now);
                insert.setString(p, by);
                insert.executeUpdate();
            }
        });
    }

    private static String describe(Figure figure) {
        return figure.kind() + (figure.levels().isEmpty() ? "" : " with levels " + figure.levels());
    }

    private static Figure figure(ResultSet rows) throws SQLException {
        String moreEnd = rows.getString(7);
        boolean whole = rows.getBoolean(8);
        double minimum = rows.getDouble(9);
        Double min = rows.wasNull() ? null : minimum;
        return new Figure(DimensionKey.of(rows.getString(1)), rows.getString(2), rows.getString(3), rows.getString(4),
                DimensionKind.valueOf(rows.getString(5)), List.of((String[]) rows.getArray(6).getArray()),
                moreEnd == null ? null : MoreEnd.valueOf(moreEnd), whole, min,
                Aggregation.valueOf(rows.getString(10)), rows.getString(11),
                new Provenance(rows.getString(12), rows.getString(13), rows.getString(14), rows.getString(15)));
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
