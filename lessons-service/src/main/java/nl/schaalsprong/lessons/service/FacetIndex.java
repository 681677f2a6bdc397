package nl.schaalsprong.lessons.service;

import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.search.Facet;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.search.SearchQuery;
import nl.schaalsprong.lessons.domain.search.SortOrder;
import nl.schaalsprong.lessons.domain.Theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntPredicate;

/**
 * The facet columns of {@code lesson_search} held in memory, column by column, so filtering, disjunctive facet
 * counting and ordering touch no database: one pass over the candidate rows computes, per row, which facet
 * filters it fails; a row that fails none is a hit and counts for every facet, a row that fails exactly one
 * counts only for that facet's values. Not thread-safe; {@link FacetMemory} guards it.
 */
final class FacetIndex {

    private static final Facet[] FACETS = Facet.values();
    /** Enum values() copies its array on every call; the passes below call these per row. */
    private static final Theme[] THEMES = Theme.values();
    private static final Route[] ROUTES = Route.values();
    private static final Layer[] LAYERS = Layer.values();
    private static final EvidenceLevel[] LEVELS = EvidenceLevel.values();
    private static final LessonStatus[] STATUSES = LessonStatus.values();

    private UUID[] ids = new UUID[1024];
    private byte[] status = new byte[1024];
    private int[] themes = new int[1024];
    private int[] routes = new int[1024];
    private byte[] layer = new byte[1024];
    private byte[] evidence = new byte[1024];
    private int[] gemeente = new int[1024];
    private int[] proeftuin = new int[1024];
    private int[][] tags = new int[1024][];
    private long[] time = new long[1024];
    private int[][] titleWords = new int[1024][];
    private int[][] textWords = new int[1024][];
    private int[][] contextWords = new int[1024][];
    private boolean[] live = new boolean[1024];
    private int size;
    private int liveCount;
    private final Map<UUID, Integer> slots = new HashMap<>();
    /** Slots of removed lessons, reused before the arrays grow, so churn does not grow the index. */
    private final java.util.ArrayDeque<Integer> free = new java.util.ArrayDeque<>();
    private final Dictionary gemeenten = new Dictionary();
    private final Dictionary proeftuinen = new Dictionary();
    private final Dictionary tagNames = new Dictionary();
    private final Dictionary words = new Dictionary();
    /** Which slots hold which word, for matching a conjunction of words here ({@link TextMatch#allOf()}). */
    private final WordPostings postings = new WordPostings();
    private final Map<Integer, String> proeftuinLabels = new HashMap<>();

    /** One lesson's facets, as read from {@code lesson_search}. */
    record Entry(UUID id, String status, List<String> themes, List<String> routes, String layer, List<String> tags,
                 String proeftuinId, String proeftuinName, String gemeente, String evidence, long time,
                 List<String> titleWords, List<String> textWords, List<String> contextWords) {
    }

    /**
     * Which lessons a text matches, and the query's stemmed words, by which the hits are ranked. Either
     * {@code allOf}: the lexemes of a plain conjunction, matched here (a lesson matches when its title, text or
     * context words hold every one; none when empty, as PostgreSQL's {@code @@} with an empty query), with
     * {@code lessons} null; or {@code lessons}: those PostgreSQL found for any other query (or, not, phrases).
     */
    record TextMatch(List<String> allOf, Set<UUID> lessons, List<String> words) {

        static TextMatch allOf(List<String> lexemes, List<String> words) {
            return new TextMatch(List.copyOf(lexemes), null, words);
        }

        static TextMatch found(Set<UUID> lessons, List<String> words) {
            return new TextMatch(null, lessons, words);
        }

        boolean inMemory() {
            return lessons == null;
        }
    }

    void put(Entry entry) {
        Integer slot = slots.get(entry.id());
        int i;
        if (slot != null) {
            i = slot;
        } else {
            if (free.isEmpty()) {
                grow();
                i = size++;
            } else {
                i = free.pop();
            }
            slots.put(entry.id(), i);
            ids[i] = entry.id();
        }
        // A slot in the map is live and listed under its current words; a new or reused one under none.
        int[][] listed = slot != null ? words(i) : null;
        if (!live[i]) {
            live[i] = true;
            liveCount++;
        }
        status[i] = (byte) LessonStatus.valueOf(entry.status()).ordinal();
        themes[i] = mask(entry.themes(), v -> Theme.ofCode(v.strip().toLowerCase(java.util.Locale.ROOT)).ordinal());
        routes[i] = mask(entry.routes(), v -> Route.valueOf(v).ordinal());
        layer[i] = (byte) (entry.layer() == null ? -1 : Layer.valueOf(entry.layer()).ordinal());
        evidence[i] = (byte) EvidenceLevel.valueOf(entry.evidence()).ordinal();
        gemeente[i] = entry.gemeente() == null ? -1 : gemeenten.id(entry.gemeente());
        proeftuin[i] = entry.proeftuinId() == null ? -1 : proeftuinen.id(entry.proeftuinId());
        if (proeftuin[i] >= 0) {
            proeftuinLabels.put(proeftuin[i], entry.proeftuinName());
        }
        tags[i] = entry.tags().stream().mapToInt(tagNames::id).toArray();
        time[i] = entry.time();
        titleWords[i] = entry.titleWords().stream().mapToInt(words::id).toArray();
        textWords[i] = entry.textWords().stream().mapToInt(words::id).toArray();
        contextWords[i] = entry.contextWords().stream().mapToInt(words::id).toArray();
        postings.list(i, words(i), listed);
        compactPostings();
    }

    void remove(UUID id) {
        Integer slot = slots.remove(id);
        if (slot != null) {
            postings.unlist(words(slot));
            live[slot] = false;
            liveCount--;
            ids[slot] = null;
            tags[slot] = null;
            titleWords[slot] = null;
            textWords[slot] = null;
            contextWords[slot] = null;
            free.push(slot);
            compactPostings();
        }
    }

    private int[][] words(int slot) {
        return new int[][]{titleWords[slot], textWords[slot], contextWords[slot]};
    }

    /** Once most postings are stale, lists every live slot afresh: one pass over the words held, now and then. */
    private void compactPostings() {
        if (postings.stale()) {
            postings.clear();
            for (int i = 0; i < size; i++) {
                if (live[i]) {
                    postings.list(i, words(i), null);
                }
            }
        }
    }

    /** Postings in the inverted index, stale ones included; for tests of its compaction. */
    long postings() {
        return postings.postings();
    }

    int size() {
        return liveCount;
    }

    /** The outcome of one pass: hits in order for the page asked, their total, and the counts per facet value. */
    record Result(List<UUID> page, long total, Map<Facet, Map<String, Long>> counts, Map<String, String> labels) {
    }

    /**
     * @param text when the query has text: the matching lessons and the query's words; null without text
     */
    Result search(SearchQuery query, TextMatch text) {
        int[] matching = text == null ? null : matching(text);
        float[] score = text == null ? null : scores(matching, text.words());
        Filter[] filters = new Filter[FACETS.length];
        for (Facet facet : query.filters().keySet()) {
            filters[facet.ordinal()] = filter(facet, query.values(facet));
        }
        long[][] counts = new long[FACETS.length][];
        counts[Facet.THEME.ordinal()] = new long[THEMES.length];
        counts[Facet.ROUTE.ordinal()] = new long[ROUTES.length];
        counts[Facet.LAYER.ordinal()] = new long[LAYERS.length];
        counts[Facet.EVIDENCE.ordinal()] = new long[LEVELS.length];
        counts[Facet.STATUS.ordinal()] = new long[STATUSES.length];
        counts[Facet.GEMEENTE.ordinal()] = new long[gemeenten.size()];
        counts[Facet.PROEFTUIN.ordinal()] = new long[proeftuinen.size()];
        counts[Facet.TAG.ordinal()] = new long[tagNames.size()];

        int wanted = (query.page() + 1) * query.size();
        java.util.Comparator<Integer> order = order(query.sort(), score);
        PriorityQueue<Integer> best = new PriorityQueue<>(Math.min(wanted + 1, 1024), order.reversed());
        long total = 0;
        if (text == null) {
            for (int i = 0; i < size; i++) {
                if (live[i]) {
                    total += visit(i, filters, counts, best, wanted, order);
                }
            }
        } else {
            for (int i : matching) {
                total += visit(i, filters, counts, best, wanted, order);
            }
        }
        List<Integer> ordered = new ArrayList<>(best);
        ordered.sort(order);
        List<UUID> page = ordered.stream().skip((long) query.page() * query.size()).map(i -> ids[i]).toList();
        return new Result(page, total, named(counts), labels(counts[Facet.PROEFTUIN.ordinal()]));
    }

    private int visit(int i, Filter[] filters, long[][] counts, PriorityQueue<Integer> best, int wanted,
                      java.util.Comparator<Integer> order) {
        int failed = -1;
        for (int f = 0; f < filters.length; f++) {
            if (filters[f] != null && !filters[f].test(i)) {
                if (failed >= 0) {
                    return 0;
                }
                failed = f;
            }
        }
        if (failed >= 0) {
            count(FACETS[failed], i, counts);
            return 0;
        }
        for (Facet facet : FACETS) {
            count(facet, i, counts);
        }
        // Keep the best `wanted` hits: a hit after the worst one kept cannot be on the page.
        if (best.size() < wanted) {
            best.add(i);
        } else if (order.compare(i, best.peek()) < 0) {
            best.poll();
            best.add(i);
        }
        return 1;
    }

    private void count(Facet facet, int i, long[][] counts) {
        long[] c = counts[facet.ordinal()];
        switch (facet) {
            case THEME -> bits(themes[i], c);
            case ROUTE -> bits(routes[i], c);
            case LAYER -> { if (layer[i] >= 0) c[layer[i]]++; }
            case EVIDENCE -> c[evidence[i]]++;
            case STATUS -> c[status[i]]++;
            case GEMEENTE -> { if (gemeente[i] >= 0) c[gemeente[i]]++; }
            case PROEFTUIN -> { if (proeftuin[i] >= 0) c[proeftuin[i]]++; }
            case TAG -> { for (int t : tags[i]) c[t]++; }
        }
    }

    private static void bits(int mask, long[] c) {
        for (int m = mask; m != 0; m &= m - 1) {
            c[Integer.numberOfTrailingZeros(m)]++;
        }
    }

    /** Best first: rank or evidence as asked, then newest, then id, so the order is total and pages stable. */
    private java.util.Comparator<Integer> order(SortOrder sort, float[] score) {
        java.util.Comparator<Integer> newest = (a, b) -> {
            int byTime = Long.compare(time[b], time[a]);
            return byTime != 0 ? byTime : ids[a].compareTo(ids[b]);
        };
        return switch (sort) {
            case DATE -> newest;
            case EVIDENCE -> java.util.Comparator.<Integer>comparingInt(
                    i -> -LEVELS[evidence[i]].strength()).thenComparing(newest);
            case RELEVANCE -> java.util.Comparator.<Integer>comparingDouble(i -> -score[i]).thenComparing(newest);
        };
    }

    /** ts_rank's default weights: a word in the title (A) counts 1, in the lesson or recommendation (B) 0.4. */
    static final float TITLE = 1.0f;
    static final float TEXT = 0.4f;
    /** A match only in context or module (C). */
    static final float CONTEXT = 0.2f;

    /**
     * Per matching lesson the sum over the query's words of the weight of the best place it occurs: a simpler
     * ts_rank, without word frequency or proximity, computed from memory instead of every match's tsvector.
     */
    private float[] scores(int[] matching, List<String> queryWords) {
        float[] score = new float[size];
        int[] query = queryWords.stream().mapToInt(words::find).filter(w -> w >= 0).toArray();
        for (int i : matching) {
            float sum = 0;
            for (int word : query) {
                sum += contains(titleWords[i], word) ? TITLE : contains(textWords[i], word) ? TEXT : CONTEXT;
            }
            score[i] = sum;
        }
        return score;
    }

    /** The live slots the text matches, each once. */
    private int[] matching(TextMatch text) {
        if (!text.inMemory()) {
            return text.lessons().stream().map(slots::get)
                    .filter(i -> i != null && live[i]).mapToInt(Integer::intValue).toArray();
        }
        int[] wanted = new int[text.allOf().size()];
        for (int w = 0; w < wanted.length; w++) {
            wanted[w] = words.find(text.allOf().get(w));
            if (wanted[w] < 0) {
                return new int[0]; // no lesson ever held the word
            }
        }
        if (wanted.length == 0) {
            return new int[0];
        }
        // Read the shortest list; its entries are only candidates (see WordPostings), so check each one.
        int rarest = wanted[0];
        for (int word : wanted) {
            if (postings.length(word) < postings.length(rarest)) {
                rarest = word;
            }
        }
        int[] candidates = postings.slots(rarest);
        int n = postings.length(rarest);
        java.util.BitSet seen = new java.util.BitSet(size);
        int[] matching = new int[n];
        int found = 0;
        for (int c = 0; c < n; c++) {
            int i = candidates[c];
            if (live[i] && !seen.get(i)) {
                seen.set(i);
                if (holdsAll(i, wanted)) {
                    matching[found++] = i;
                }
            }
        }
        return Arrays.copyOf(matching, found);
    }

    private boolean holdsAll(int i, int[] wanted) {
        for (int word : wanted) {
            if (!contains(titleWords[i], word) && !contains(textWords[i], word) && !contains(contextWords[i], word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(int[] words, int word) {
        for (int w : words) {
            if (w == word) {
                return true;
            }
        }
        return false;
    }

    private interface Filter extends IntPredicate {
    }

    private Filter filter(Facet facet, Set<String> values) {
        return switch (facet) {
            case THEME -> {
                int mask = mask(values, v -> Theme.ofCode(v.strip().toLowerCase(java.util.Locale.ROOT)).ordinal());
                yield i -> (themes[i] & mask) != 0;
            }
            case ROUTE -> {
                int mask = mask(values, v -> Route.valueOf(v).ordinal());
                yield i -> (routes[i] & mask) != 0;
            }
            case LAYER -> {
                int mask = mask(values, v -> Layer.valueOf(v).ordinal());
                yield i -> layer[i] >= 0 && (mask & (1 << layer[i])) != 0;
            }
            case EVIDENCE -> {
                int mask = mask(values, v -> EvidenceLevel.valueOf(v).ordinal());
                yield i -> (mask & (1 << evidence[i])) != 0;
            }
            case STATUS -> {
                int mask = mask(values, v -> LessonStatus.valueOf(v).ordinal());
                yield i -> (mask & (1 << status[i])) != 0;
            }
            case GEMEENTE -> {
                boolean[] wanted = wanted(gemeenten, values);
                yield i -> gemeente[i] >= 0 && wanted[gemeente[i]];
            }
            case PROEFTUIN -> {
                boolean[] wanted = wanted(proeftuinen, values);
                yield i -> proeftuin[i] >= 0 && wanted[proeftuin[i]];
            }
            case TAG -> {
                boolean[] wanted = wanted(tagNames, values);
                yield i -> {
                    for (int t : tags[i]) {
                        if (wanted[t]) {
                            return true;
                        }
                    }
                    return false;
                };
            }
        };
    }

    private static boolean[] wanted(Dictionary dictionary, Set<String> values) {
        boolean[] wanted = new boolean[dictionary.size()];
        for (String value : values) {
            int id = dictionary.find(value);
            if (id >= 0) {
                wanted[id] = true;
            }
        }
        return wanted;
    }

    private static int mask(Collection<String> values, java.util.function.ToIntFunction<String> ordinal) {
        int mask = 0;
        for (String value : values) {
            mask |= 1 << ordinal.applyAsInt(value);
        }
        return mask;
    }

    private Map<Facet, Map<String, Long>> named(long[][] counts) {
        Map<Facet, Map<String, Long>> named = new java.util.EnumMap<>(Facet.class);
        named.put(Facet.THEME, nonZero(counts[Facet.THEME.ordinal()], o -> THEMES[o].code()));
        named.put(Facet.ROUTE, nonZero(counts[Facet.ROUTE.ordinal()], o -> ROUTES[o].name()));
        named.put(Facet.LAYER, nonZero(counts[Facet.LAYER.ordinal()], o -> LAYERS[o].name()));
        named.put(Facet.EVIDENCE, nonZero(counts[Facet.EVIDENCE.ordinal()], o -> LEVELS[o].name()));
        named.put(Facet.STATUS, nonZero(counts[Facet.STATUS.ordinal()], o -> STATUSES[o].name()));
        named.put(Facet.GEMEENTE, nonZero(counts[Facet.GEMEENTE.ordinal()], gemeenten::name));
        named.put(Facet.PROEFTUIN, nonZero(counts[Facet.PROEFTUIN.ordinal()], proeftuinen::name));
        named.put(Facet.TAG, nonZero(counts[Facet.TAG.ordinal()], tagNames::name));
        return named;
    }

    private Map<String, String> labels(long[] proeftuinCounts) {
        Map<String, String> labels = new HashMap<>();
        for (int p = 0; p < proeftuinCounts.length; p++) {
            if (proeftuinCounts[p] > 0) {
                labels.put(proeftuinen.name(p), proeftuinLabels.get(p));
            }
        }
        return labels;
    }

    private static Map<String, Long> nonZero(long[] counts, java.util.function.IntFunction<String> name) {
        Map<String, Long> named = new HashMap<>();
        for (int o = 0; o < counts.length; o++) {
            if (counts[o] > 0) {
                named.put(name.apply(o), counts[o]);
            }
        }
        return named;
    }

    private void grow() {
        if (size < ids.length) {
            return;
        }
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        status = Arrays.copyOf(status, capacity);
        themes = Arrays.copyOf(themes, capacity);
        routes = Arrays.copyOf(routes, capacity);
        layer = Arrays.copyOf(layer, capacity);
        evidence = Arrays.copyOf(evidence, capacity);
        gemeente = Arrays.copyOf(gemeente, capacity);
        proeftuin = Arrays.copyOf(proeftuin, capacity);
        tags = Arrays.copyOf(tags, capacity);
        time = Arrays.copyOf(time, capacity);
        titleWords = Arrays.copyOf(titleWords, capacity);
        textWords = Arrays.copyOf(textWords, capacity);
        contextWords = Arrays.copyOf(contextWords, capacity);
        live = Arrays.copyOf(live, capacity);
    }

    /** Strings numbered in order of first sight; numbers are never reused. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int id(String name) {
            return ids.computeIfAbsent(name, n -> {
                names.add(n);
                return names.size() - 1;
            });
        }

        int find(String name) {
            return ids.getOrDefault(name, -1);
        }

        String name(int id) {
            return names.get(id);
        }

        int size() {
            return names.size();
        }
    }
}
