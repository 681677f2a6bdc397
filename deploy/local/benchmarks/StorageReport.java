import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Storage per table of each service database of a running local suite, as a markdown table: exact row counts,
 * heap (with TOAST), indexes, total (pg_total_relation_size) and total bytes per row, for extrapolating to a larger
 * register. Tables under 1 MB are summed into one line per database.
 * Usage: java -cp postgresql.jar StorageReport.java PG_PORT
 */
public class StorageReport {

    public static void main(String[] args) throws Exception {
        String base = "jdbc:postgresql://localhost:" + args[0] + "/";
        System.out.println("| database | table | rows | heap+toast (MB) | indexes (MB) | total (MB) | bytes/row |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String database : new String[]{"lessons", "verification", "typology"}) {
            long smallTables = 0;
            long smallBytes = 0;
            long totalBytes = 0;
            try (Connection db = DriverManager.getConnection(base + database, "postgres", "postgres");
                 Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         select c.relname, pg_total_relation_size(c.oid) as total,
                                pg_indexes_size(c.oid) as indexes
                           from pg_class c join pg_namespace n on n.oid = c.relnamespace
                          where c.relkind = 'r' and n.nspname = 'public'
                          order by total desc""")) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    long total = rows.getLong(2);
                    long indexes = rows.getLong(3);
                    totalBytes += total;
                    if (total < 1 << 20) {
                        smallTables++;
                        smallBytes += total;
                        continue;
                    }
                    long count = count(db, table);
                    System.out.printf("| %s | %s | %,d | %.1f | %.1f | %.1f | %s |%n", database, table, count,
                            (total - indexes) / 1048576.0, indexes / 1048576.0, total / 1048576.0,
                            count == 0 ? "" : String.format("%,d", total / count));
                }
            }
            System.out.printf("| %s | %d smaller tables | | | | %.1f | |%n", database, smallTables, smallBytes / 1048576.0);
            System.out.printf("| %s | **all tables** | | | | **%.1f** | |%n", database, totalBytes / 1048576.0);
        }
    }

    static long count(Connection db, String table) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
