package nl.schaalsprong.typology.bench;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.ComparableBuurt;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;
import nl.schaalsprong.typology.mapping.BuurtFileReader;
import nl.schaalsprong.typology.figure.KwbFigures;
import nl.schaalsprong.typology.mapping.BuurtFileRow;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Top-10 comparable search over all buurten on the default basis (five dimensions, equal weights): our in-memory
 * scan ({@code inProcess}: what the default HTTP answer needs; {@code inProcessExplained}: with every result's
 * contributions, as {@code explain=true}) against the same weighted Gower ranking written as one SQL statement in
 * PostgreSQL, timed side by side in one JMH run. {@code copies} multiplies the national file with renumbered synthetic copies
 * to show how the cost grows. Run with {@code typology-service/benchmarks/comparable-search.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ComparableSearchBenchmark {

    private static final String CBS_FILE = "/cbs/cbs_kwb2024_buurten_nl_demografie.csv";
    private static final int ORIGINS = 997;

    /**
     * The population and the queries. Each benchmark method runs in its own fork, so the in-process trial never
     * has PostgreSQL or Kafka competing for the two cores.
     */
    @State(org.openjdk.jmh.annotations.Scope.Benchmark)
    public static class Population {
        @Param({"1", "10"})
        public int copies;

        DimensionCatalogue catalogue;
        List<ComparabilitySnapshot.Member> members;
        ComparabilitySnapshot snapshot;
        Search search;
        Search explained;
        BuurtCode[] origins;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            catalogue = KwbFigures.catalogue();
            members = members(copies);
            snapshot = ComparabilitySnapshot.of(catalogue, members);
            List<DimensionWeight> weights = StandardDimensions.SKELETON.stream()
                    .map(k -> new DimensionWeight(k, 1)).toList();
            search = new Search(weights, 10, Scope.EVERYWHERE, false);
            explained = new Search(weights, 10, Scope.EVERYWHERE, false, true);
            origins = new BuurtCode[ORIGINS];
            for (int i = 0; i < ORIGINS; i++) {
                origins[i] = members.get((int) ((long) i * members.size() / ORIGINS)).code();
            }
        }

        BuurtCode nextOrigin() {
            return origins[next++ % ORIGINS];
        }
    }

    /** The same population as scaled values in a real PostgreSQL, for the SQL peer. */
    @State(org.openjdk.jmh.annotations.Scope.Benchmark)
    public static class Database {
        private LocalStack stack;
        private Connection connection;
        private PreparedStatement sql;

        @Setup(Level.Trial)
        public void setUp(Population population) throws Exception {
            stack = LocalStack.start(LocalStack.Settings.forTests());
            Map<String, String> config = stack.serviceConfig("typology");
            connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                    config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
            loadScaledValues(connection, population);
            sql = connection.prepareStatement(GowerSql.TOP_10);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            connection.close();
            stack.close();
        }
    }

    @Benchmark
    public List<ComparableBuurt> inProcess(Population population) {
        return population.snapshot.mostComparableTo(population.nextOrigin(), population.search).comparable();
    }

    @Benchmark
    public List<ComparableBuurt> inProcessExplained(Population population) {
        return population.snapshot.mostComparableTo(population.nextOrigin(), population.explained).comparable();
    }

    @Benchmark
    public int sqlStatement(Population population, Database database) throws SQLException {
        database.sql.setString(1, population.nextOrigin().value());
        int rows = 0;
        try (ResultSet rs = database.sql.executeQuery()) {
            while (rs.next()) {
                rows++;
            }
        }
        return rows;
    }

    /** The national file, plus {@code copies - 1} copies under synthetic codes. */
    static List<ComparabilitySnapshot.Member> members(int copies) throws Exception {
        List<ComparabilitySnapshot.Member> national = new ArrayList<>();
        try (Reader reader = new InputStreamReader(ComparableSearchBenchmark.class.getResourceAsStream(CBS_FILE),
                StandardCharsets.UTF_8)) {
            BuurtFileReader cbs = BuurtFileReader.cbsKwb(reader, KwbFigures.figures());
            for (BuurtFileRow row = cbs.next(); row != null; row = cbs.next()) {
                if (row instanceof BuurtFileRow.Accepted accepted) {
                    var b = accepted.buurt();
                    national.add(new ComparabilitySnapshot.Member(b.code(), b.naam(), b.gemeenteNaam(), b.figures(),
                            Map.of()));
                }
            }
        }
        List<ComparabilitySnapshot.Member> all = new ArrayList<>(national);
        for (int copy = 1; copy < copies; copy++) {
            for (int i = 0; i < national.size(); i++) {
                var m = national.get(i);
                // Gemeente numbers 9xxx do not exist, so synthetic codes never collide with real ones.
                BuurtCode synthetic = BuurtCode.of(String.format("BU9%07d", copy * 100_000 + i));
                all.add(new ComparabilitySnapshot.Member(synthetic, m.naam(), m.gemeenteNaam(), m.figures(), Map.of()));
            }
        }
        return all;
    }

    /** The same scaled values the snapshot compares, one column per dimension, NULL where missing. */
    static void loadScaledValues(Connection connection, Population population) throws SQLException {
        List<DimensionDefinition> dimensions = StandardDimensions.SKELETON.stream()
                .map(population.catalogue::require).toList();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute(GowerSql.CREATE_TABLE);
        }
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(GowerSql.INSERT)) {
            for (ComparabilitySnapshot.Member member : population.members) {
                insert.setString(1, member.code().value());
                for (int d = 0; d < dimensions.size(); d++) {
                    DimensionDefinition dimension = dimensions.get(d);
                    double scaled = population.snapshot.scale(dimension.key())
                            .scale(dimension.rawValue(member.figures(), member.attributes()));
                    if (Double.isNaN(scaled)) {
                        insert.setNull(d + 2, Types.DOUBLE);
                    } else {
                        insert.setDouble(d + 2, scaled);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
            analyze.execute("analyze bench_buurt");
        }
    }
}
