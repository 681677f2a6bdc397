package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.client.TypologyGateway;
import nl.schaalsprong.lessons.domain.search.BuurtRelevance;
import nl.schaalsprong.lessons.domain.search.ComparableBuurt;
import nl.schaalsprong.lessons.mapping.RelevantLessons;
import nl.schaalsprong.lessons.mapping.SearchHit;
import nl.schaalsprong.platform.cbs.BuurtCode;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Lessons relevant to a buurt: learned there or in the buurten typology-service finds comparable. */
@ApplicationScoped
public class NeighbourhoodLessons {

    private static final Comparator<SearchHit> NEWEST_FIRST = Comparator
            .comparing((SearchHit hit) -> hit.publishedAt() != null ? hit.publishedAt() : hit.updatedAt(),
                    Comparator.<OffsetDateTime>reverseOrder())
            .thenComparing(SearchHit::id);

    private final TypologyGateway typology;
    private final LessonSearch search;

    public NeighbourhoodLessons(TypologyGateway typology, LessonSearch search) {
        this.typology = typology;
        this.search = search;
    }

    public RelevantLessons find(BuurtCode buurt, int comparableLimit, int page, int size) {
        List<ComparableBuurt> comparable = typology.comparableTo(buurt, comparableLimit);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(buurt.value());
        comparable.forEach(c -> codes.add(c.code().value()));
        List<BuurtRelevance.Match<SearchHit>> ranked = BuurtRelevance.rank(buurt, comparable,
                search.publishedFrom(codes), hit -> hit.originBuurtCodes().stream().map(BuurtCode::new).toList(),
                NEWEST_FIRST);
        List<RelevantLessons.RelevantLesson> items = ranked.stream().skip((long) page * size).limit(size)
                .map(m -> new RelevantLessons.RelevantLesson(m.origin().value(), m.similarity(), m.lesson()))
                .toList();
        return new RelevantLessons(buurt.value(), comparableLimit, items, page, size, ranked.size());
    }
}
