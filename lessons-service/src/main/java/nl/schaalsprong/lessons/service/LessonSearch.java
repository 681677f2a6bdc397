package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.domain.search.Facet;
import nl.schaalsprong.lessons.domain.search.SearchQuery;
import nl.schaalsprong.lessons.mapping.FacetCount;
import nl.schaalsprong.lessons.mapping.SearchHit;
import nl.schaalsprong.lessons.mapping.SearchPage;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Answers searches from the {@code lesson_search} read model: one query for the page of hits (snippets only for
 * that page) and one for the facet counts and the total. Facet counts are disjunctive: a facet's values are
 * counted under every filter except its own, so choosing another value of the same facet widens the result by
 * exactly the count shown.
 */
@ApplicationScoped
public class LessonSearch {

    /** Facets whose values are many show only their most frequent ones (plus any chosen). */
    static final int TOP_VALUES = 20;

    private static final String QUERY = "websearch_to_tsquery('dutch', ?)";
    private static final String SORT_TIME = "coalesce(published_at, updated_at)";
    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final DataSource dataSource;

    public LessonSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public SearchPage search(SearchQuery query) {
        try (Connection connection = dataSource.getConnection()) {
            List<SearchHit> hits = hits(connection, query);
            Map<Facet, List<FacetCount>> counts = new EnumMap<>(Facet.class);
            long total = facets(connection, query, counts);
            Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
            for (Facet facet : Facet.values()) {
                facets.put(facet.parameter(), top(counts.getOrDefault(facet, List.of()), facet, query.values(facet)));
            }
            return new SearchPage(hits, query.page(), query.size(), total,
                    query.sort().name().toLowerCase(Locale.ROOT), facets);
        } catch (SQLException e) {
            throw new IllegalStateException("lesson search failed", e);
        }
    }

    /** The layer an indexed lesson claims; empty when it claims none or is not indexed. */
    public java.util.Optional<String> claimedLayer(UUID lessonId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select claimed_layer from lesson_search where lesson_id = ?")) {
            statement.setObject(1, lessonId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? java.util.Optional.ofNullable(row.getString(1)) : java.util.Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read lesson " + lessonId + " from the index", e);
        }
    }

    /** Published lessons learned in any of these buurten, in no particular order. */
    public List<SearchHit> publishedFrom(java.util.Collection<String> buurtCodes) {
        SqlBuilder sql = new SqlBuilder().append("select lesson_id, title, status, themes, routes, claimed_layer, tags, "
                + "proeftuin_id, proeftuin_name, gemeente_code, origin_buurt_codes, evidence_level, updated_at, "
                + "published_at, left(lesson_text, 240) as snippet from lesson_search where status = 'PUBLISHED' "
                + "and origin_buurt_codes && ?::text[]", List.copyOf(buurtCodes));
        List<SearchHit> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                hits.add(hit(row));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the lessons of " + buurtCodes, e);
        }
        return hits;
    }

    private List<SearchHit> hits(Connection connection, SearchQuery query) throws SQLException {
        SqlBuilder sql = new SqlBuilder().append("select p.*, ");
        if (query.hasText()) {
            sql.append("ts_headline('dutch', p.lesson_text || ' ' || p.recommendation, " + QUERY + ", '"
                    + HEADLINE_OPTIONS + "')", query.text());
        } else {
            sql.append("left(p.lesson_text, 240)");
        }
        sql.append(" as snippet from (select lesson_id, title, status, lesson_text, recommendation, themes, routes, "
                + "claimed_layer, tags, proeftuin_id, proeftuin_name, gemeente_code, origin_buurt_codes, "
                + "evidence_level, evidence_rank, updated_at, published_at, " + SORT_TIME + " as sort_time, ");
        if (query.hasText()) {
            sql.append("ts_rank(document, " + QUERY + ") as rank", query.text());
        } else {
            sql.append("0 as rank");
        }
        sql.append(" from lesson_search where ").append(where(query))
                .append(" order by " + order(query)).append(" limit ? offset ?", query.size(),
                        (long) query.page() * query.size())
                .append(") p order by " + order(query));
        List<SearchHit> hits = new ArrayList<>();
        try (PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                hits.add(hit(row));
            }
        }
        return hits;
    }

    /** Fills {@code counts} per facet and returns the number of lessons matching everything. */
    private long facets(Connection connection, SearchQuery query, Map<Facet, List<FacetCount>> counts)
            throws SQLException {
        SqlBuilder sql = new SqlBuilder().append("with base as materialized (select themes, routes, claimed_layer, "
                + "tags, proeftuin_id, proeftuin_name, gemeente_code, evidence_level, status");
        for (Facet facet : query.filters().keySet()) {
            sql.append(", " + predicate(facet) + " as f_" + facet.parameter(), List.copyOf(query.values(facet)));
        }
        sql.append(" from lesson_search");
        if (query.hasText()) {
            sql.append(" where document @@ " + QUERY, query.text());
        }
        sql.append(") select '' as facet, null as value, null as label, count(*) as n from base where "
                + flags(query, null));
        for (Facet facet : Facet.values()) {
            sql.append(" union all ").append(countsOf(facet, flags(query, facet)));
        }
        long total = 0;
        try (PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                String facet = row.getString("facet");
                if (facet.isEmpty()) {
                    total = row.getLong("n");
                } else {
                    counts.computeIfAbsent(Facet.valueOf(facet), f -> new ArrayList<>())
                            .add(new FacetCount(row.getString("value"), row.getString("label"), row.getLong("n")));
                }
            }
        }
        return total;
    }

    private static String countsOf(Facet facet, String condition) {
        String name = "'" + facet.name() + "'";
        return switch (facet) {
            case THEME, ROUTE, TAG -> "select " + name + ", v, null, count(*) from base cross join lateral unnest("
                    + column(facet) + ") v where " + condition + " group by v";
            case PROEFTUIN -> "select " + name + ", proeftuin_id::text, min(proeftuin_name), count(*) from base where "
                    + condition + " and proeftuin_id is not null group by proeftuin_id";
            default -> "select " + name + ", " + column(facet) + ", null, count(*) from base where " + condition
                    + " and " + column(facet) + " is not null group by " + column(facet);
        };
    }

    /** The filters of every facet except {@code except} (null: all), as flags computed in the base rows. */
    private static String flags(SearchQuery query, Facet except) {
        List<String> flags = query.filters().keySet().stream().filter(f -> f != except)
                .map(f -> "f_" + f.parameter()).toList();
        return flags.isEmpty() ? "true" : String.join(" and ", flags);
    }

    private static SqlBuilder where(SearchQuery query) {
        SqlBuilder where = new SqlBuilder().append("true");
        if (query.hasText()) {
            where.append(" and document @@ " + QUERY, query.text());
        }
        query.filters().forEach((facet, values) -> where.append(" and " + predicate(facet), List.copyOf(values)));
        return where;
    }

    /** One text-array parameter per facet: any of its values matches. */
    private static String predicate(Facet facet) {
        return switch (facet) {
            case THEME, ROUTE, TAG -> column(facet) + " && ?::text[]";
            case PROEFTUIN -> "proeftuin_id = any(?::uuid[])";
            default -> column(facet) + " = any(?::text[])";
        };
    }

    private static String column(Facet facet) {
        return switch (facet) {
            case THEME -> "themes";
            case ROUTE -> "routes";
            case LAYER -> "claimed_layer";
            case TAG -> "tags";
            case PROEFTUIN -> "proeftuin_id";
            case GEMEENTE -> "gemeente_code";
            case EVIDENCE -> "evidence_level";
            case STATUS -> "status";
        };
    }

    /** By the select's own column names (rank, sort_time), so the page query and its wrapper order alike. */
    private static String order(SearchQuery query) {
        return switch (query.sort()) {
            case RELEVANCE -> "rank desc, sort_time desc, lesson_id";
            case DATE -> "sort_time desc, lesson_id";
            case EVIDENCE -> "evidence_rank desc, sort_time desc, lesson_id";
        };
    }

    /** Most frequent first, ties by value; long tails are cut, but a chosen value always stays visible. */
    private static List<FacetCount> top(List<FacetCount> counts, Facet facet, Set<String> chosen) {
        List<FacetCount> sorted = counts.stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
        if (facet != Facet.TAG && facet != Facet.PROEFTUIN && facet != Facet.GEMEENTE) {
            return sorted;
        }
        List<FacetCount> top = new ArrayList<>(sorted.subList(0, Math.min(TOP_VALUES, sorted.size())));
        sorted.stream().skip(TOP_VALUES).filter(c -> chosen.contains(c.value())).forEach(top::add);
        return top;
    }

    private static SearchHit hit(ResultSet row) throws SQLException {
        UUID proeftuin = row.getObject("proeftuin_id", UUID.class);
        var published = row.getTimestamp("published_at");
        return new SearchHit(row.getObject("lesson_id", UUID.class), row.getString("title"), row.getString("status"),
                row.getString("snippet"), strings(row.getArray("themes")), strings(row.getArray("routes")),
                row.getString("claimed_layer"), strings(row.getArray("tags")),
                proeftuin == null ? null : new SearchHit.ProeftuinRef(proeftuin, row.getString("proeftuin_name")),
                row.getString("gemeente_code"), strings(row.getArray("origin_buurt_codes")),
                row.getString("evidence_level"),
                row.getTimestamp("updated_at").toInstant().atOffset(ZoneOffset.UTC),
                published == null ? null : published.toInstant().atOffset(ZoneOffset.UTC));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
