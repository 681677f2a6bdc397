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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Answers searches from the {@code lesson_search} read model. PostgreSQL matches the text (Dutch stemming, GIN
 * index); ranking, filtering, the disjunctive facet counts and the order run over this instance's in-memory copy
 * of the facet columns and stemmed title and text words ({@link FacetMemory}), which at 100,000 lessons is an
 * order of magnitude faster than counting and ts_rank in SQL; PostgreSQL then reads only the page's lessons,
 * with their snippets.
 */
@ApplicationScoped
public class LessonSearch {

    /** Facets whose values are many show only their most frequent ones (plus any chosen). */
    static final int TOP_VALUES = 20;

    private static final String QUERY = "websearch_to_tsquery('dutch', ?)";
    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final DataSource dataSource;
    private final FacetMemory memory;

    public LessonSearch(DataSource dataSource, FacetMemory memory) {
        this.dataSource = dataSource;
        this.memory = memory;
    }

    public SearchPage search(SearchQuery query) {
        FacetIndex.TextMatch text = query.hasText() ? matching(query) : null;
        FacetIndex.Result result = memory.search(query, text);
        return new SearchPage(page(query, result.page()), query.page(), query.size(), result.total(),
                query.sort().name().toLowerCase(Locale.ROOT), facets(query, result, true));
    }

    /** The matching lessons' count and every facet's counts in full, without the long-tail cut of a search page. */
    public FacetsFound facets(SearchQuery query) {
        FacetIndex.TextMatch text = query.hasText() ? matching(query) : null;
        FacetIndex.Result result = memory.search(query, text);
        return new FacetsFound(result.total(), facets(query, result, false));
    }

    /** @param facets per facet parameter its counts, most frequent first, ties by value */
    public record FacetsFound(long total, Map<String, List<FacetCount>> facets) {
    }

    private static Map<String, List<FacetCount>> facets(SearchQuery query, FacetIndex.Result result, boolean cut) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            List<FacetCount> counts = new ArrayList<>();
            result.counts().getOrDefault(facet, Map.of()).forEach((value, n) -> counts.add(
                    new FacetCount(value, facet == Facet.PROEFTUIN ? result.labels().get(value) : null, n)));
            facets.put(facet.parameter(), cut ? top(counts, facet, query.values(facet)) : sorted(counts));
        }
        return facets;
    }

    /**
     * The lessons whose text matches, by the GIN index alone (no ts_rank: that reads every match's tsvector), and
     * the query's stemmed words for the ranking in memory.
     */
    private FacetIndex.TextMatch matching(SearchQuery query) {
        SqlBuilder sql = new SqlBuilder()
                .append("select null::uuid, lexeme from unnest(to_tsvector('dutch', ?)) union all ", query.text())
                .append("select lesson_id, null from lesson_search where document @@ " + QUERY, query.text());
        Set<UUID> lessons = new java.util.HashSet<>();
        List<String> words = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection)) {
            statement.setFetchSize(5000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    UUID id = row.getObject(1, UUID.class);
                    if (id == null) {
                        words.add(row.getString(2));
                    } else {
                        lessons.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lesson search failed", e);
        }
        return new FacetIndex.TextMatch(lessons, words);
    }

    /** The page's lessons in the order the facet index gave, with snippets. */
    private List<SearchHit> page(SearchQuery query, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SqlBuilder sql = new SqlBuilder().append("select lesson_id, title, status, themes, routes, claimed_layer, tags, "
                + "proeftuin_id, proeftuin_name, gemeente_code, origin_buurt_codes, evidence_level, updated_at, "
                + "published_at, ");
        if (query.hasText()) {
            sql.append("ts_headline('dutch', lesson_text || ' ' || recommendation, " + QUERY + ", '"
                    + HEADLINE_OPTIONS + "')", query.text());
        } else {
            sql.append("left(lesson_text, 240)");
        }
        sql.append(" as snippet from lesson_search where lesson_id = any(?::uuid[])",
                ids.stream().map(UUID::toString).toList());
        Map<UUID, SearchHit> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = sql.prepare(connection); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                SearchHit hit = hit(row);
                found.put(hit.id(), hit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lesson search failed", e);
        }
        // A lesson removed between the facet pass and this read is simply left out of the page.
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
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

    /** Most frequent first, ties by value; long tails are cut, but a chosen value always stays visible. */
    private static List<FacetCount> top(List<FacetCount> counts, Facet facet, Set<String> chosen) {
        List<FacetCount> sorted = sorted(counts);
        if (facet != Facet.TAG && facet != Facet.PROEFTUIN && facet != Facet.GEMEENTE) {
            return sorted;
        }
        List<FacetCount> top = new ArrayList<>(sorted.subList(0, Math.min(TOP_VALUES, sorted.size())));
        sorted.stream().skip(TOP_VALUES).filter(c -> chosen.contains(c.value())).forEach(top::add);
        return top;
    }

    private static List<FacetCount> sorted(List<FacetCount> counts) {
        return counts.stream()
                .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value))
                .toList();
    }

    private static SearchHit hit(ResultSet row) throws SQLException {
        String proeftuin = row.getString("proeftuin_id");
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
