package nl.schaalsprong.typology.bench;

/**
 * The SQL peer of the in-memory search: weighted Gower over five scaled dimensions (equal weights), a dimension
 * missing on either side left out and the weights renormalised, top 10 by similarity then code.
 */
final class GowerSql {

    static final String CREATE_TABLE = """
            create table bench_buurt (code text primary key, d0 float8, d1 float8, d2 float8, d3 float8, d4 float8)""";

    static final String INSERT = "insert into bench_buurt values (?, ?, ?, ?, ?, ?)";

    static final String TOP_10 = """
            with t as (select * from bench_buurt where code = ?)
            select b.code,
                   1 - (coalesce(abs(b.d0 - t.d0), 0) + coalesce(abs(b.d1 - t.d1), 0) + coalesce(abs(b.d2 - t.d2), 0)
                        + coalesce(abs(b.d3 - t.d3), 0) + coalesce(abs(b.d4 - t.d4), 0))
                     / nullif((b.d0 - t.d0 is not null)::int + (b.d1 - t.d1 is not null)::int
                        + (b.d2 - t.d2 is not null)::int + (b.d3 - t.d3 is not null)::int
                        + (b.d4 - t.d4 is not null)::int, 0) as similarity
            from bench_buurt b cross join t
            where b.code <> t.code
            order by similarity desc nulls last, b.code
            limit 10""";

    private GowerSql() {
    }
}
