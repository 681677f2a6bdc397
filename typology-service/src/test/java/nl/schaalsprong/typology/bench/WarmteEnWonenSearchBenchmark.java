package nl.schaalsprong.typology.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.domain.ComparableBuurt;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;
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

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Top-10 comparable search on the shipped default basis {@code warmte-en-wonen} over what a fresh local run holds
 * (all 14,574 buurten of 2024, the national CBS figures and both shipped energy files; see {@link NationalFile}),
 * with its coverage floor: the in-memory scan ({@code inProcess}, as the default HTTP answer;
 * {@code inProcessExplained}, as {@code explain=true}) against the same ranking as one SQL statement in PostgreSQL
 * ({@link WeightedGowerSql}), side by side in one JMH run. The setup checks once that both give the same top 10 for
 * 200 of the origins, so the peer ranks what the search ranks.
 * <p>
 * {@code basis}: {@code warmte-en-wonen} is the shipped basis (seven dimensions: six numeric, the ordinal
 * stedelijkheid); {@code warmte-en-wonen+strategie} adds the categorical {@code WARMTESTRATEGIE} with weight 1 (eight
 * dimensions), since no national file with a categorical column is shipped: its level is derived from each buurt's
 * own heating shares and stedelijkheid (a stand-in for a gemeente's chosen strategy, so that the column has the
 * spread real choices would have, not a constant). Run with {@code typology-service/benchmarks/comparable-search.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class WarmteEnWonenSearchBenchmark {

    static final String BASIS = "/energie/warmte-en-wonen.basis.json";
    static final String WITH_STRATEGY = "warmte-en-wonen+strategie";
    private static final int ORIGINS = 997;
    private static final int CHECKED = 200;
    private static final int LIMIT = 10;

    @State(org.openjdk.jmh.annotations.Scope.Benchmark)
    public static class Population {
        @Param({"warmte-en-wonen", WITH_STRATEGY})
        public String basis;

        ComparabilitySnapshot snapshot;
        List<DimensionWeight> weights;
        double coverageFloor;
        Search search;
        Search explained;
        BuurtCode[] origins;
        int next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            boolean strategy = WITH_STRATEGY.equals(basis);
            NationalFile file = NationalFile.load(strategy ? WarmteEnWonenSearchBenchmark::strategy : f -> Map.of());
            snapshot = ComparabilitySnapshot.of(file.catalogue, file.members);
            JsonNode shipped = readBasis();
            coverageFloor = shipped.path("coverageFloor").asDouble();
            weights = new ArrayList<>();
            for (JsonNode weight : shipped.path("weights")) {
                weights.add(new DimensionWeight(DimensionKey.of(weight.path("dimension").asText()),
                        weight.path("weight").asDouble(), weight.path("required").asBoolean(false)));
            }
            if (strategy) {
                weights.add(new DimensionWeight(StandardDimensions.WARMTESTRATEGIE, 1));
            }
            search = new Search(weights, LIMIT, Scope.EVERYWHERE, false, false, coverageFloor);
            explained = new Search(weights, LIMIT, Scope.EVERYWHERE, false, true, coverageFloor);
            origins = origins(file.members);
            System.out.printf("%n%s: %d buurten, %d dimensions, %d origins with the data the basis needs%n", basis,
                    snapshot.size(), weights.size(), origins.length);
        }

        /** Buurten spread over the file that the search answers for (a buurt lacking the basis' data gets a 422). */
        private BuurtCode[] origins(List<ComparabilitySnapshot.Member> members) {
            List<BuurtCode> chosen = new ArrayList<>();
            int stride = Math.max(1, members.size() / (ORIGINS * 2));
            for (int i = 0; i < members.size() && chosen.size() < ORIGINS; i += stride) {
                try {
                    snapshot.mostComparableTo(members.get(i).code(), search);
                    chosen.add(members.get(i).code());
                } catch (RuleViolationException lacksData) {
                    // not an origin the service would answer for
                }
            }
            return chosen.toArray(BuurtCode[]::new);
        }

        BuurtCode nextOrigin() {
            return origins[next++ % origins.length];
        }
    }

    /** The same population as the snapshot's scaled values of the basis' dimensions in a real PostgreSQL. */
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
            List<DimensionDefinition> columns = columns(population);
            Map<DimensionKey, Double> weightOf = new HashMap<>();
            population.weights.forEach(w -> weightOf.put(w.dimension(), w.weight()));
            WeightedGowerSql gower = new WeightedGowerSql(columns.stream().map(DimensionDefinition::kind).toList(),
                    columns.stream().map(c -> weightOf.get(c.key())).toList(), population.coverageFloor, LIMIT);
            load(population, columns, gower);
            sql = connection.prepareStatement(gower.topK());
            checkSameRanking(population);
        }

        /** The basis' dimensions in the snapshot's column order, the order its sums run in. */
        private static List<DimensionDefinition> columns(Population population) {
            List<DimensionDefinition> all = population.snapshot.catalogue().definitions();
            return population.weights.stream().map(w -> population.snapshot.catalogue().require(w.dimension()))
                    .sorted(Comparator.comparingInt(all::indexOf)).toList();
        }

        private void load(Population population, List<DimensionDefinition> columns, WeightedGowerSql gower)
                throws SQLException {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute(gower.createTable());
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(gower.insert())) {
                for (int i = 0; i < population.snapshot.size(); i++) {
                    insert.setString(1, population.snapshot.code(i).value());
                    for (int d = 0; d < columns.size(); d++) {
                        double scaled = population.snapshot.scaled(columns.get(d).key(), i);
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
                analyze.execute("analyze bench_basis_buurt");
            }
        }

        /** The peer must rank what the search ranks: same codes, same similarities, same order. */
        private void checkSameRanking(Population population) throws SQLException {
            for (int o = 0; o < Math.min(CHECKED, population.origins.length); o++) {
                BuurtCode origin = population.origins[o * population.origins.length / CHECKED];
                List<String> expected = new ArrayList<>();
                for (ComparableBuurt b : population.snapshot.mostComparableTo(origin, population.search).comparable()) {
                    expected.add(b.code().value() + " " + b.similarity());
                }
                List<String> actual = new ArrayList<>();
                sql.setString(1, origin.value());
                try (ResultSet rs = sql.executeQuery()) {
                    while (rs.next()) {
                        actual.add(rs.getString(1) + " " + rs.getDouble(2));
                    }
                }
                if (!expected.equals(actual)) {
                    throw new IllegalStateException("SQL ranks " + origin + " otherwise than the search:\n  search "
                            + expected + "\n  SQL    " + actual);
                }
            }
            System.out.printf("%nthe SQL statement gives the same top %d as the search for %d origins%n", LIMIT,
                    Math.min(CHECKED, population.origins.length));
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

    /**
     * A heat strategy as a gemeente might choose it from what a buurt has: a heat network where many dwellings already
     * have one, all-electric where many already are, green gas in the least urban buurten, a heat network at low
     * temperature in dense ones, hybrid otherwise; none without heating shares (so the column has gaps as real
     * choices would).
     */
    static Map<DimensionKey, AttributeValue> strategy(Map<DimensionKey, AttributeValue> figures) {
        AttributeValue district = figures.get(DimensionKey.of("AANDEEL_STADSVERWARMING"));
        AttributeValue electric = figures.get(DimensionKey.of("AANDEEL_ALL_ELECTRIC"));
        AttributeValue urban = figures.get(DimensionKey.of("STEDELIJKHEID"));
        if (district == null || electric == null) {
            return Map.of();
        }
        String level;
        if (district.number() >= 0.3) {
            level = "warmtenet-mt";
        } else if (electric.number() >= 0.3) {
            level = "all-electric";
        } else if (urban != null && "5".equals(urban.text())) {
            level = "groengas";
        } else if (urban != null && ("1".equals(urban.text()) || "2".equals(urban.text()))) {
            level = "warmtenet-lt";
        } else {
            level = "hybride";
        }
        return Map.of(StandardDimensions.WARMTESTRATEGIE, AttributeValue.level(level));
    }

    private static JsonNode readBasis() throws IOException {
        try (InputStream in = WarmteEnWonenSearchBenchmark.class.getResourceAsStream(BASIS)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
