package nl.schaalsprong.platform.persistence;

import jakarta.persistence.Query;

import java.util.List;

/**
 * The rows of a native query that selects one column, each as the Java type the column reads as (text as
 * {@link String}, uuid as {@link java.util.UUID}, bigint as {@link Long}).
 * <p>
 * Never {@code createNativeQuery(sql, String.class)} for this: Hibernate 7.2 caches a new query plan for such a query
 * on every execution (its result mapping never equals the cached one), all under the same hash, so each lookup walks
 * every earlier plan of that statement. On the scale run a third of verification-service's tag path went there
 * (docs/benchmarks.md, session 15). An untyped native query is planned once; the cast happens here.
 */
public final class NativeColumn {

    private NativeColumn() {
    }

    /** @throws ClassCastException when the column does not read as {@code type}: a mistake in the query */
    public static <T> List<T> list(Query query, Class<T> type) {
        List<?> rows = query.getResultList();
        return rows.stream().map(type::cast).toList();
    }
}
