package nl.schaalsprong.typology.bench;

import nl.schaalsprong.typology.domain.catalogue.DimensionKind;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SQL peer of the in-memory search for any basis: one statement ranking every buurt against one, by the weighted
 * Gower similarity {@code ComparabilitySnapshot} computes, over the same scaled values (one column per basis
 * dimension, NULL where missing): numeric and ordinal |a − b|, categorical 0 or 1; a dimension missing on either side
 * left out and the weights renormalised; a buurt covering less than the coverage floor of the basis' weight not
 * offered; top {@code limit} by similarity, then code. The terms are summed in the snapshot's order, so the
 * similarities are the same doubles.
 *
 * @param kinds   per column, in the snapshot's column order
 * @param weights per column
 */
record WeightedGowerSql(List<DimensionKind> kinds, List<Double> weights, double coverageFloor, int limit) {

    String createTable() {
        return "create table bench_basis_buurt (code text collate \"C\" primary key, "
                + columns(d -> "d" + d + " float8") + ")";
    }

    String insert() {
        return "insert into bench_basis_buurt values (?, " + columns(d -> "?") + ")";
    }

    /** One parameter: the asked buurt's code. */
    String topK() {
        String weighted = terms(d -> "coalesce(" + weight(d) + " * " + distance(d) + ", 0)");
        String compared = terms(d -> "(case when b.d" + d + " is not null and t.d" + d + " is not null then "
                + weight(d) + " else 0 end)");
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        return String.format(Locale.ROOT, """
                with t as (select * from bench_basis_buurt where code = ?),
                     pair as (select b.code, %s as weighted, %s as compared
                              from bench_basis_buurt b cross join t where b.code <> t.code)
                select code, greatest(0, least(1, 1 - weighted / compared)) as similarity
                from pair
                where compared > 0 and compared >= %s - 1e-9
                order by similarity desc, code
                limit %d""", weighted, compared, literal(coverageFloor * total), limit);
    }

    private String distance(int d) {
        return kinds.get(d) == DimensionKind.CATEGORICAL
                ? "(b.d" + d + " <> t.d" + d + ")::int::float8"
                : "abs(b.d" + d + " - t.d" + d + ")";
    }

    private String weight(int d) {
        return literal(weights.get(d));
    }

    private static String literal(double value) {
        return "(" + Double.toString(value) + ")::float8";
    }

    private String terms(java.util.function.IntFunction<String> term) {
        return IntStream.range(0, kinds.size()).mapToObj(term).collect(Collectors.joining(" + "));
    }

    private String columns(java.util.function.IntFunction<String> column) {
        return IntStream.range(0, kinds.size()).mapToObj(column).collect(Collectors.joining(", "));
    }
}
