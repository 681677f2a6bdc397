import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * How long PostgreSQL takes to store an energy import's figure values (the "rows" phase of issue 10), written three
 * ways, alternating, each in a transaction rolled back:
 *   unnest   as before: an insert ... select from unnest(arrays) on conflict do update per batch of 500 buurten;
 *   staged   COPY into a temporary table, then one insert ... select ... on conflict do update;
 *   copy     COPY straight into figure_value (only values not yet stored: the import knows which those are).
 * The values are those stored for the CBS heating file (year 2021, the AANDEEL_ figures), written as year 2098 (a year
 * nothing holds, so every value is new, as in a first import). Needs the suite's typology database (run.sh):
 *   java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.10/postgresql-42.7.10.jar \
 *     typology-service/benchmarks/FigureValueWrites.java jdbc:postgresql://localhost:54329/typology postgres postgres
 */
public class FigureValueWrites {

    private static final int YEAR = 2098;
    private static final int BATCH_VALUES = 2_000;

    record Value(String code, String figure, double number) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args.length > 1 ? args[1] : "postgres";
        String password = args.length > 2 ? args[2] : "";
        List<Value> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password);
             ResultSet rows = c.createStatement().executeQuery("select code, figure_key, numeric_value from"
                     + " figure_value where year = 2021 and figure_key like 'AANDEEL\\_%' and numeric_value is not null"
                     + " order by code, figure_key")) {
            while (rows.next()) {
                values.add(new Value(rows.getString(1), rows.getString(2), rows.getDouble(3)));
            }
        }
        System.out.printf("%d values%n", values.size());
        for (int round = 0; round < 5; round++) {
            for (String way : new String[]{"unnest", "staged", "copy"}) {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    long started = System.nanoTime();
                    switch (way) {
                        case "unnest" -> unnest(c, values);
                        case "staged" -> staged(c, values);
                        default -> copy(c, values);
                    }
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    c.rollback();
                    System.out.printf("round %d %-6s %5d ms (load average %s)%n", round + 1, way, ms,
                            Files.readString(Path.of("/proc/loadavg")).trim());
                }
            }
        }
    }

    private static void unnest(Connection c, List<Value> values) throws Exception {
        for (int from = 0; from < values.size(); from += BATCH_VALUES) {
            List<Value> batch = values.subList(from, Math.min(from + BATCH_VALUES, values.size()));
            try (PreparedStatement upsert = c.prepareStatement("""
                    insert into figure_value (code, figure_key, year, numeric_value, text_value)
                    select * from unnest(?::varchar[], ?::varchar[], ?::int[], ?::float8[], ?::text[])
                    on conflict (code, figure_key, year) do update
                        set numeric_value = excluded.numeric_value, text_value = excluded.text_value
                    where (figure_value.numeric_value, figure_value.text_value)
                        is distinct from (excluded.numeric_value, excluded.text_value)""")) {
                upsert.setArray(1, c.createArrayOf("varchar", batch.stream().map(Value::code).toArray()));
                upsert.setArray(2, c.createArrayOf("varchar", batch.stream().map(Value::figure).toArray()));
                upsert.setArray(3, c.createArrayOf("int4", batch.stream().map(v -> YEAR).toArray()));
                upsert.setArray(4, c.createArrayOf("float8", batch.stream().map(Value::number).toArray()));
                upsert.setArray(5, c.createArrayOf("text", batch.stream().map(v -> null).toArray()));
                upsert.executeUpdate();
            }
        }
    }

    private static void staged(Connection c, List<Value> values) throws Exception {
        c.createStatement().execute("create temporary table figure_value_staged (code varchar(10), figure_key"
                + " varchar(64), numeric_value float8, text_value text) on commit drop");
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy figure_value_staged (code, figure_key, numeric_value, text_value) from stdin", rows(values, false));
        c.createStatement().executeUpdate("""
                insert into figure_value (code, figure_key, year, numeric_value, text_value)
                select code, figure_key, %d, numeric_value, text_value from figure_value_staged
                on conflict (code, figure_key, year) do update
                    set numeric_value = excluded.numeric_value, text_value = excluded.text_value
                where (figure_value.numeric_value, figure_value.text_value)
                    is distinct from (excluded.numeric_value, excluded.text_value)""".formatted(YEAR));
    }

    private static void copy(Connection c, List<Value> values) throws Exception {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "copy figure_value (code, figure_key, year, numeric_value, text_value) from stdin", rows(values, true));
    }

    private static StringReader rows(List<Value> values, boolean withYear) {
        StringBuilder text = new StringBuilder(values.size() * 40);
        for (Value v : values) {
            text.append(v.code()).append('\t').append(v.figure()).append('\t');
            if (withYear) {
                text.append(YEAR).append('\t');
            }
            text.append(v.number()).append("\t\\N\n");
        }
        return new StringReader(text.toString());
    }
}
