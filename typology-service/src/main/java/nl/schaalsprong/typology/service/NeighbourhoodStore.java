package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.config.TypologyConfig;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.Neighbourhood;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.imports.BuurtRevision;
import nl.schaalsprong.typology.domain.imports.ImportedBuurt;
import nl.schaalsprong.typology.figure.service.FigureValueStore;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Table {@code neighbourhood} (the registered buurten) and, for imports, their figure values: reads through JPA,
 * writes as set-based upserts.
 */
@ApplicationScoped
public class NeighbourhoodStore {

    private static final String UPSERT_NAMES = """
            insert into neighbourhood (code, name, wijk_code, gemeente_code, gemeente_naam, import_year, created_at,
                                       updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (code) do update set name = excluded.name, gemeente_naam = excluded.gemeente_naam,
                import_year = excluded.import_year, updated_at = excluded.updated_at
            where (neighbourhood.name, neighbourhood.gemeente_naam, neighbourhood.import_year)
                is distinct from (excluded.name, excluded.gemeente_naam, excluded.import_year)""";

    private final EntityManager entityManager;
    private final TypologyConfig config;
    private final Clock clock;
    private final AttributeStore attributes;
    private final FigureValueStore figures;

    public NeighbourhoodStore(EntityManager entityManager, TypologyConfig config, Clock clock,
                              AttributeStore attributes, FigureValueStore figures) {
        this.attributes = attributes;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        this.figures = figures;
    }

    public Optional<Neighbourhood> find(BuurtCode code) {
        return Optional.ofNullable(entityManager.find(Neighbourhood.class, code.value()));
    }

    public long count() {
        return entityManager.createQuery("select count(n) from Neighbourhood n", Long.class).getSingleResult();
    }

    /** Every stored buurt with its newest figure values, as the comparability snapshot is built from. */
    @Transactional
    public List<ComparabilitySnapshot.Member> members() {
        Map<BuurtCode, Map<DimensionKey, AttributeValue>> attributes = this.attributes.all();
        Map<BuurtCode, Map<DimensionKey, AttributeValue>> values = figures.newest();
        figures.pinned().forEach((code, pinned) -> values.computeIfAbsent(code, c -> new java.util.HashMap<>())
                .putAll(pinned));
        // Columns, not entities: 14,000 managed buurten would sit in the persistence context beside the snapshot.
        List<ComparabilitySnapshot.Member> members = new ArrayList<>();
        for (Object[] row : entityManager.createQuery("select n.code, n.name, n.gemeenteNaam from Neighbourhood n",
                Object[].class).getResultList()) {
            BuurtCode code = BuurtCode.of((String) row[0]);
            members.add(new ComparabilitySnapshot.Member(code, (String) row[1], (String) row[2],
                    values.getOrDefault(code, Map.of()), attributes.getOrDefault(code, Map.of())));
        }
        return members;
    }

    /**
     * Per figure among {@code figures}, the codes of the buurten holding a value of it from a year after
     * {@code year}: their newest value is not one of {@code year}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<DimensionKey, Set<String>> newerThan(Set<DimensionKey> figures, int year) {
        return entityManager.unwrap(Session.class).doReturningWork(connection ->
                FigureValueStore.newerThan(connection, figures, year));
    }

    /**
     * Registers new buurten, renames changed ones and writes the figure values of {@code year}, in the caller's
     * transaction: an import lands whole or not at all. Nothing identical to what is stored is written, so importing
     * the same file again changes nothing, not even {@code updated_at}. Only the figures the file carries are
     * written: a file without a column never erases what another file brought. A row that does not name its buurt
     * (a file of figures alone) and whose code is not registered is not stored but reported as unplaced.
     *
     * @param carried the figures the file has a column for, in column order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Upserted upsert(List<ImportedBuurt> buurten, int year, Set<DimensionKey> carried) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int batchSize = Math.max(1, config.importing().batchSize());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            UpsertCounts counts = UpsertCounts.NONE;
            Collected collected = new Collected(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
            // Taken before reading what is stored, so that read stays true until this transaction ends.
            FigureValueStore.lockForImport(connection);
            // What is stored is read once for the whole file (two queries), not per batch, where it was two queries
            // reading every figure-year of each buurt in the batch (docs/benchmarks.md, session 11). The reader
            // rejects a code named twice, so no batch depends on what an earlier batch of the same file stored.
            Map<String, String[]> storedNames = storedNames(connection,
                    buurten.stream().map(b -> b.code().value()).toList());
            Map<String, Map<DimensionKey, AttributeValue>> storedValues =
                    FigureValueStore.stored(connection, carried, year);
            try (PreparedStatement names = connection.prepareStatement(UPSERT_NAMES)) {
                for (int from = 0; from < buurten.size(); from += batchSize) {
                    List<ImportedBuurt> batch = buurten.subList(from, Math.min(from + batchSize, buurten.size()));
                    counts = counts.plus(upsertBatch(connection, names, batch, year, carried, storedNames,
                            storedValues, collected, now));
                }
            }
            // The values and updated_at once for the whole file, after every new buurt is registered: one COPY of
            // the new values instead of an upsert per batch (issue 10, docs/benchmarks.md).
            FigureValueStore.write(connection, collected.writes(), year);
            touch(connection, collected.touched(), now);
            return new Upserted(counts, collected.revisions(), collected.unplaced(), collected.writes());
        });
    }

    /** What the batches of one file gather: its revisions and unplaced codes, the values to write, the buurten to touch. */
    private record Collected(List<BuurtRevision> revisions, List<Upserted.Unplaced> unplaced,
                             List<FigureValueStore.Write> writes, List<String> touched) {
    }

    private UpsertCounts upsertBatch(Connection connection, PreparedStatement names, List<ImportedBuurt> batch,
                                     int year, Set<DimensionKey> carried, Map<String, String[]> storedNames,
                                     Map<String, Map<DimensionKey, AttributeValue>> storedValues,
                                     Collected collected, OffsetDateTime now)
            throws SQLException {
        batch = withGemeenteNames(connection, batch, storedNames);
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        boolean namesBatched = false;
        for (ImportedBuurt buurt : batch) {
            String code = buurt.code().value();
            String[] nameBefore = storedNames.get(code);
            if (nameBefore == null && (!buurt.named() || buurt.gemeenteNaam() == null)) {
                collected.unplaced().add(new Upserted.Unplaced(code));
                continue;
            }
            ImportedBuurt before = nameBefore == null ? null : new ImportedBuurt(buurt.code(),
                    buurt.named() ? nameBefore[0] : null, buurt.named() ? nameBefore[1] : null,
                    storedValues.getOrDefault(code, Map.of()));
            Optional<BuurtRevision> revision = BuurtRevision.between(before, buurt, carried);
            boolean renamed = buurt.named() && (nameBefore == null || !nameBefore[0].equals(buurt.naam())
                    || !nameBefore[1].equals(buurt.gemeenteNaam()) || Integer.parseInt(nameBefore[2]) != year);
            if (renamed) {
                bindNames(names, buurt, year, now);
                names.addBatch();
                namesBatched = true;
            }
            for (DimensionKey figure : carried) {
                AttributeValue now1 = buurt.figures().get(figure);
                AttributeValue was = before == null ? null : before.figures().get(figure);
                if (!java.util.Objects.equals(was, now1)) {
                    collected.writes().add(new FigureValueStore.Write(buurt.code(), figure, now1, was != null));
                }
            }
            revision.ifPresent(collected.revisions()::add);
            if (nameBefore == null) {
                created++;
            } else if (renamed || revision.isPresent()) {
                updated++;
                if (!renamed) {
                    collected.touched().add(code);
                }
            } else {
                unchanged++;
            }
        }
        if (namesBatched) {
            names.executeBatch();
        }
        return new UpsertCounts(created, updated, unchanged);
    }

    /**
     * A file that names buurten but not their gemeenten (CBS's list of buurt names) keeps a stored buurt's gemeente
     * name, and gives a new buurt the name its gemeente's registered buurten have; a buurt of a gemeente with none
     * registered stays without, and is reported as unplaced.
     */
    private static List<ImportedBuurt> withGemeenteNames(Connection connection, List<ImportedBuurt> batch,
                                                         Map<String, String[]> storedNames) throws SQLException {
        if (batch.stream().noneMatch(b -> b.named() && b.gemeenteNaam() == null)) {
            return batch;
        }
        List<String> gemeenten = batch.stream().map(b -> b.code().gemeente().value()).distinct().toList();
        Map<String, String> byGemeente = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select distinct on (gemeente_code) gemeente_code,"
                + " gemeente_naam from neighbourhood where gemeente_code = any(?) order by gemeente_code, code")) {
            select.setArray(1, connection.createArrayOf("varchar", gemeenten.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byGemeente.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        List<ImportedBuurt> filled = new ArrayList<>(batch.size());
        for (ImportedBuurt buurt : batch) {
            if (!buurt.named() || buurt.gemeenteNaam() != null) {
                filled.add(buurt);
                continue;
            }
            String[] stored = storedNames.get(buurt.code().value());
            String name = stored != null ? stored[1] : byGemeente.get(buurt.code().gemeente().value());
            filled.add(name == null ? buurt : buurt.inGemeente(name));
        }
        return filled;
    }

    /** Name, gemeente name and import year of the stored buurten among {@code codes}. */
    private static Map<String, String[]> storedNames(Connection connection, List<String> codes) throws SQLException {
        Array array = connection.createArrayOf("varchar", codes.toArray());
        try (PreparedStatement select = connection.prepareStatement(
                "select code, name, gemeente_naam, import_year from neighbourhood where code = any(?)")) {
            select.setArray(1, array);
            Map<String, String[]> stored = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), new String[]{rows.getString(2), rows.getString(3),
                            Integer.toString(rows.getInt(4))});
                }
            }
            return stored;
        } finally {
            array.free();
        }
    }

    /** A buurt whose figures changed but not its name was still changed by the import: its updated_at moves. */
    private static void touch(Connection connection, List<String> codes, OffsetDateTime now) throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update neighbourhood set updated_at = ? where code = any(?)")) {
            update.setObject(1, now);
            update.setArray(2, connection.createArrayOf("varchar", codes.toArray()));
            update.executeUpdate();
        }
    }

    private static void bindNames(PreparedStatement upsert, ImportedBuurt buurt, int year, OffsetDateTime now)
            throws SQLException {
        upsert.setString(1, buurt.code().value());
        upsert.setString(2, buurt.naam());
        upsert.setString(3, buurt.code().wijk().value());
        upsert.setString(4, buurt.code().gemeente().value());
        upsert.setString(5, buurt.gemeenteNaam());
        upsert.setInt(6, year);
        upsert.setObject(7, now);
        upsert.setObject(8, now);
    }
}
