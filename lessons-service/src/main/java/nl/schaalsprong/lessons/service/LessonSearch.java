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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Answers searches from the {@code lesson_search} read model. PostgreSQL turns the text into a {@code tsquery}
 * (Dutch stemming, the full {@code websearch_to_tsquery} syntax) without reading any table; a plain conjunction
 * of words (the usual search) is matched in this instance's memory ({@link FacetMemory}: an inverted
 * index over every lesson's stemmed words), any other query by PostgreSQL's GIN index. Ranking, filtering, the
 * disjunctive facet counts and the order run over the same memory, which at 100,000 lessons is an order of
 * magnitude faster than in SQL; PostgreSQL then reads only the page's lessons, with their snippets.
 */
@ApplicationScoped
public class LessonSearch {

    /** Facets whose values are many show only their most frequent ones (plus any chosen). */
    static final int TOP_VALUES = 20;

    private static final String QUERY = "websearch_to_tsquery('dutch', ?)";
    private static final String HEADLINE_OPTIONS =
            "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=\" … \"";

    /** Parsed queries kept; a query's tsquery depends only on its text and the (fixed) dutch configuration. */
    private static final int PARSED_KEPT = 1000;

    private final DataSource dataSource;
    private final FacetMemory memory;
    private final Map<String, Parsed> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
                    return size() > PARSED_KEPT;
                }
            });

    public LessonSearch(DataSource dataSource, FacetMemory memory) {
        this.dataSource = dataSource;
        this.memory = memory;
    }

    public SearchPage search(SearchQuery query) {
        FacetIndex.TextMatch text = query.hasText() ? matching(query.text()) : null;
        FacetIndex.Result result = memory.search(query, text);
        return new SearchPage(page(query, result.page()), query.page(), query.size(), result.total(),
                query.sort().name().toLowerCase(Locale.ROOT), facets(query, result, true));
    }

    /** The matching lessons' count and every facet's counts in full, without the long-tail cut of a search page. */
    public FacetsFound facets(SearchQuery query) {
        FacetIndex.TextMatch text = query.hasText() ? matching(query.text()) : null;
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
     * How the text matches, with the query's stemmed words for the ranking in memory: a plain conjunction of
     * lexemes is matched in memory; any other query by PostgreSQL ({@code document @@}, the GIN index alone).
     */
    FacetIndex.TextMatch matching(String text) {
        Parsed query = parsed.get(text);
        if (query == null) {
            query = parse(text);
            parsed.put(text, query);
        }
        return query.allOf() != null ? FacetIndex.TextMatch.allOf(query.allOf(), query.words())
                : FacetIndex.TextMatch.found(foundByDatabase(text), query.words());
    }

    /** @param allOf the lexemes of a plain conjunction, null for any other query */
    private record Parsed(List<String> allOf, List<String> words) {
    }

    /** The tsquery and the text's stemmed words, from PostgreSQL's dutch configuration; reads no table. */
    private Parsed parse(String text) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select " + QUERY + "::text, "
                     + "array(select lexeme from unnest(to_tsvector('dutch', ?)))")) {
            statement.setString(1, text);
            statement.setString(2, text);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Parsed(PlainConjunction.lexemes(row.getString(1)).orElse(null),
                        strings(row.getArray(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lesson search failed", e);
        }
    }

    /** The lessons whose text matches, by the GIN index alone (no ts_rank: that reads every match's tsvector). */
    private Set<UUID> foundByDatabase(String text) {
        Set<UUID> lessons = new java.util.HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select lesson_id from lesson_search where document @@ " + QUERY)) {
            statement.setString(1, text);
            statement.setFetchSize(5000);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    lessons.add(row.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("lesson search failed", e);
        }
        return lessons;
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
