package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.config.TypologyConfig;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.CbsBuurt;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.Kerncijfer;
import nl.schaalsprong.typology.domain.Kerncijfers;
import nl.schaalsprong.typology.domain.imports.BuurtRevision;
import nl.schaalsprong.typology.domain.Neighbourhood;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Table {@code neighbourhood}: reads through JPA, writes as set-based upserts. */
@ApplicationScoped
public class NeighbourhoodStore {

    private static final Kerncijfer[] FIGURES = Kerncijfer.values();

    private final EntityManager entityManager;
    private final TypologyConfig config;
    private final Clock clock;
    private final AttributeStore attributes;

    public NeighbourhoodStore(EntityManager entityManager, TypologyConfig config, Clock clock,
                              AttributeStore attributes) {
        this.attributes = attributes;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    public Optional<Neighbourhood> find(BuurtCode code) {
        return Optional.ofNullable(entityManager.find(Neighbourhood.class, code.value()));
    }

    public long count() {
        return entityManager.createQuery("select count(n) from Neighbourhood n", Long.class).getSingleResult();
    }

    /** Every stored buurt, as the comparability snapshot is built from. */
    @Transactional
    public List<ComparabilitySnapshot.Member> members() {
        Map<BuurtCode, Map<DimensionKey, AttributeValue>> attributes = this.attributes.all();
        return entityManager.createQuery("select n from Neighbourhood n", Neighbourhood.class)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream()
                .map(n -> new ComparabilitySnapshot.Member(n.code(), n.name(), n.gemeenteNaam(), n.kerncijfers(),
                        attributes.getOrDefault(n.code(), Map.of())))
                .toList();
    }

    /**
     * Inserts new buurten and overwrites changed ones, in one transaction: an import lands whole or not at all.
     * A buurt whose stored values already equal the file's is not written at all, so importing the same file
     * again changes nothing, not even {@code updated_at}. Only the figures the file carries are written to a stored
     * buurt: a file without a column (a mapped third-party file, a CBS revision) never erases what another file
     * brought.
     *
     * @param carried the figures the file has a column for
     */
    @Transactional
    public Upserted upsert(List<CbsBuurt> buurten, int year, Set<Kerncijfer> carried) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int batchSize = Math.max(1, config.importing().batchSize());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            UpsertCounts counts = UpsertCounts.NONE;
            List<BuurtRevision> revisions = new ArrayList<>();
            try (PreparedStatement upsert = connection.prepareStatement(upsertStatement(carried))) {
                for (int from = 0; from < buurten.size(); from += batchSize) {
                    List<CbsBuurt> batch = buurten.subList(from, Math.min(from + batchSize, buurten.size()));
                    counts = counts.plus(upsertBatch(connection, upsert, batch, year, now, carried, revisions));
                }
            }
            return new Upserted(counts, revisions);
        });
    }

    /** Upserts one batch and adds the value changes of the buurten it created or changed to {@code revisions}. */
    private UpsertCounts upsertBatch(Connection connection, PreparedStatement upsert, List<CbsBuurt> batch, int year,
                                     OffsetDateTime now, Set<Kerncijfer> carried, List<BuurtRevision> revisions)
            throws SQLException {
        Map<String, CbsBuurt> stored = stored(connection, batch);
        for (CbsBuurt buurt : batch) {
            bind(upsert, buurt, year, now);
            upsert.addBatch();
        }
        int[] written = upsert.executeBatch();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < written.length; i++) {
            CbsBuurt buurt = batch.get(i);
            CbsBuurt before = stored.get(buurt.code().value());
            // The upsert's WHERE clause skips identical rows, so 0 rows means "already as in the file".
            if (written[i] == 0) {
                unchanged++;
                continue;
            } else if (before != null) {
                updated++;
            } else {
                created++;
            }
            // A row rewritten for its import year alone changed no value, so it revises nothing.
            BuurtRevision.between(before, buurt, carried).ifPresent(revisions::add);
        }
        return new UpsertCounts(created, updated, unchanged);
    }

    /** The batch's buurten as stored before this import, by code; new ones are absent. */
    private static Map<String, CbsBuurt> stored(Connection connection, List<CbsBuurt> batch) throws SQLException {
        String[] codes = batch.stream().map(b -> b.code().value()).toArray(String[]::new);
        Array array = connection.createArrayOf("varchar", codes);
        String figures = Arrays.stream(FIGURES).map(Kerncijfer::column).collect(Collectors.joining(", "));
        try (PreparedStatement select = connection.prepareStatement(
                "select code, name, gemeente_naam, " + figures + " from neighbourhood where code = any(?)")) {
            select.setArray(1, array);
            Map<String, CbsBuurt> stored = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<Kerncijfer, Double> values = new EnumMap<>(Kerncijfer.class);
                    for (int f = 0; f < FIGURES.length; f++) {
                        double value = rows.getDouble(4 + f);
                        values.put(FIGURES[f], rows.wasNull() ? null : value);
                    }
                    stored.put(rows.getString(1), new CbsBuurt(BuurtCode.of(rows.getString(1)), rows.getString(2),
                            rows.getString(3), Kerncijfers.of(values)));
                }
            }
            return stored;
        } finally {
            array.free();
        }
    }

    private static void bind(PreparedStatement upsert, CbsBuurt buurt, int year, OffsetDateTime now)
            throws SQLException {
        int p = 1;
        upsert.setString(p++, buurt.code().value());
        upsert.setString(p++, buurt.naam());
        upsert.setString(p++, buurt.code().wijk().value());
        upsert.setString(p++, buurt.code().gemeente().value());
        upsert.setString(p++, buurt.gemeenteNaam());
        for (Kerncijfer figure : FIGURES) {
            Double value = buurt.kerncijfers().get(figure);
            if (figure.kind() == Kerncijfer.Kind.DECIMAL) {
                if (value == null) {
                    upsert.setNull(p++, Types.DOUBLE);
                } else {
                    upsert.setDouble(p++, value);
                }
            } else if (value == null) {
                upsert.setNull(p++, Types.INTEGER);
            } else {
                // Whole numbers by the figure's kind, checked when the row was read.
                upsert.setInt(p++, Math.toIntExact(Math.round(value)));
            }
        }
        upsert.setInt(p++, year);
        upsert.setObject(p++, now);
        upsert.setObject(p, now);
    }

    private static String upsertStatement(Set<Kerncijfer> carried) {
        List<String> figureColumns = Arrays.stream(FIGURES).map(Kerncijfer::column).toList();
        List<String> changeable = new ArrayList<>();
        changeable.add("name");
        changeable.add("gemeente_naam");
        Arrays.stream(FIGURES).filter(carried::contains).map(Kerncijfer::column).forEach(changeable::add);
        changeable.add("import_year");
        String columns = "code, name, wijk_code, gemeente_code, gemeente_naam, " + String.join(", ", figureColumns)
                + ", import_year, created_at, updated_at";
        String placeholders = Arrays.stream(columns.split(", ")).map(c -> "?").collect(Collectors.joining(", "));
        return "insert into neighbourhood (" + columns + ") values (" + placeholders + ")"
                + " on conflict (code) do update set "
                + changeable.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", "))
                + ", updated_at = excluded.updated_at"
                + " where (" + changeable.stream().map(c -> "neighbourhood." + c).collect(Collectors.joining(", "))
                + ") is distinct from ("
                + changeable.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")) + ")";
    }
}
