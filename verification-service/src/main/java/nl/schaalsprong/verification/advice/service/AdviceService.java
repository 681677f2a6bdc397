package nl.schaalsprong.verification.advice.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import nl.schaalsprong.verification.advice.client.AreaTypology;
import nl.schaalsprong.verification.advice.domain.AdviceFilter;
import nl.schaalsprong.verification.advice.domain.AdviceRanking;
import nl.schaalsprong.verification.advice.domain.AreaContext;
import nl.schaalsprong.verification.advice.domain.AreaLevel;
import nl.schaalsprong.verification.advice.domain.BarriersInTheWay;
import nl.schaalsprong.verification.advice.domain.Standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Advice for an area: which approach components are best established in buurten of its type. The area and its
 * type come from typology-service; the ranking reads only the precomputed component rows; lessons and places are
 * read for the one page asked, bounded per component.
 */
@ApplicationScoped
public class AdviceService {

    /** Lessons and places shown per component; the totals say how many there are. */
    static final int LESSONS_PER_COMPONENT = 5;
    static final int PLACES_PER_COMPONENT = 10;
    /** A wijk or gemeente stands for at most this many types: those of most of its verified buurten. */
    static final int TYPES_OF_AN_AREA = 3;

    private final AreaTypology typology;
    private final AdviceQueries queries;

    public AdviceService(AreaTypology typology, AdviceQueries queries) {
        this.typology = typology;
        this.queries = queries;
    }

    public Advice advise(String areaCode, AdviceFilter filter, int page, int size) {
        return advise(typology.context(areaCode), filter, page, size); // the remote call before the transaction
    }

    /** The advice for an area typology has described: everything after the remote call (the benchmark's part). */
    public Advice advise(AreaContext asked, AdviceFilter filter, int page, int size) {
        return QuarkusTransaction.requiringNew().call(() -> read(withTypes(asked), filter, page, size));
    }

    private Advice read(AreaContext area, AdviceFilter filter, int page, int size) {
        List<Standing> ranked = AdviceRanking.rank(queries.summaries(), area.types(), filter);
        int from = (int) Math.min((long) page * size, ranked.size());
        List<Standing> onPage = ranked.subList(from, Math.min(from + size, ranked.size()));
        List<String> tags = onPage.stream().map(s -> s.component().tag()).toList();
        Map<String, AdviceQueries.Derived> derived = tags.isEmpty() ? Map.of() : queries.derived(tags);
        Map<String, List<AdviceQueries.LessonRow>> lessons = tags.isEmpty() ? Map.of()
                : queries.lessons(tags, LESSONS_PER_COMPONENT);
        Map<String, List<AdviceQueries.PlaceRow>> places = tags.isEmpty() ? Map.of()
                : queries.places(tags, area.types(), PLACES_PER_COMPONENT);
        Map<String, List<BarriersInTheWay.Leaning>> barriers = tags.isEmpty() ? Map.of() : queries.barriers(tags);
        List<Advice.Component> components = new ArrayList<>();
        for (int i = 0; i < onPage.size(); i++) {
            String tag = tags.get(i);
            List<AdviceQueries.LessonRow> itsLessons = lessons.getOrDefault(tag, List.of());
            List<AdviceQueries.PlaceRow> itsPlaces = places.getOrDefault(tag, List.of());
            AdviceQueries.Derived itsDerivation = derived.get(tag);
            components.add(new Advice.Component(from + i + 1, onPage.get(i), itsDerivation.evidence(),
                    itsDerivation.at(), itsLessons, itsLessons.isEmpty() ? 0 : itsLessons.get(0).lessonsOfTag(),
                    itsPlaces, itsPlaces.isEmpty() ? 0 : itsPlaces.get(0).placesOfTag(),
                    BarriersInTheWay.of(barriers.getOrDefault(tag, List.of()))));
        }
        return new Advice(area, components, page, size, ranked.size());
    }

    /**
     * Typology types buurten only: a wijk or gemeente stands for the types of the verified buurten in it, or, when
     * none is verified there, in the areas of its level most comparable to it.
     */
    private AreaContext withTypes(AreaContext area) {
        if (area.level() == AreaLevel.BUURT || !area.types().isEmpty()) {
            return area;
        }
        List<String> types = queries.typesIn(area.level(), List.of(area.code()), TYPES_OF_AN_AREA);
        if (types.isEmpty()) {
            types = queries.typesIn(area.level(), area.comparable().keySet(), TYPES_OF_AN_AREA);
        }
        return new AreaContext(area.code(), area.level(), area.name(), types, area.comparable(), area.basis());
    }
}
