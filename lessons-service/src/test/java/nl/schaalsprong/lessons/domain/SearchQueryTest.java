package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.lessons.domain.search.Facet;
import nl.schaalsprong.lessons.domain.search.SearchQuery;
import nl.schaalsprong.lessons.domain.search.SearchRejectedException;
import nl.schaalsprong.lessons.domain.search.SortOrder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchQueryTest {

    @Test
    void withoutStatusOnlyPublishedLessonsAreSearched() {
        SearchQuery query = SearchQuery.of(null, Map.of(), null, 0, 20);
        assertEquals(Set.of("PUBLISHED"), query.values(Facet.STATUS));
        assertEquals(Set.of("DRAFT", "IN_REVIEW"),
                SearchQuery.of(null, Map.of(Facet.STATUS, List.of("draft", "In_Review")), null, 0, 20).values(Facet.STATUS));
    }

    @Test
    void theDefaultOrderIsRelevanceWithTextAndDateWithout() {
        assertEquals(SortOrder.RELEVANCE, SortOrder.effective(null, true));
        assertEquals(SortOrder.DATE, SortOrder.effective(" ", false));
        assertEquals(SortOrder.DATE, SortOrder.effective("relevance", false), "nothing to rank by");
        assertEquals(SortOrder.EVIDENCE, SortOrder.effective("Evidence", true));
        assertThrows(SearchRejectedException.class, () -> SortOrder.effective("popularity", true));
    }

    @Test
    void facetValuesAreNormalisedAndUnknownEnumValuesRejected() {
        SearchQuery query = SearchQuery.of("  warmtepompen ", Map.of(
                Facet.THEME, List.of("Participatie", "financiering"), Facet.ROUTE, List.of("replicatie"),
                Facet.GEMEENTE, List.of("gm0014"), Facet.TAG, List.of("Participatie/Keukentafelgesprekken")),
                null, 0, 20);
        assertEquals("warmtepompen", query.text());
        assertEquals(Set.of("participatie", "financiering"), query.values(Facet.THEME));
        assertEquals(Set.of("REPLICATIE"), query.values(Facet.ROUTE));
        assertEquals(Set.of("GM0014"), query.values(Facet.GEMEENTE));
        assertEquals(Set.of("participatie/keukentafelgesprekken"), query.values(Facet.TAG));
        assertEquals(Set.of("groningen-paddepoel-en-selwerd"), SearchQuery.of(null,
                Map.of(Facet.PROEFTUIN, List.of(" Groningen-Paddepoel-en-Selwerd")), null, 0, 20).values(Facet.PROEFTUIN));
        assertThrows(SearchRejectedException.class,
                () -> SearchQuery.of(null, Map.of(Facet.PROEFTUIN, List.of("geen slug!")), null, 0, 20));
        for (Facet facet : List.of(Facet.THEME, Facet.ROUTE, Facet.LAYER, Facet.EVIDENCE, Facet.STATUS,
                Facet.GEMEENTE)) {
            assertThrows(SearchRejectedException.class,
                    () -> SearchQuery.of(null, Map.of(facet, List.of("onbekend")), null, 0, 20), facet.parameter());
        }
    }

    @Test
    void blankTextIsNoTextAndPagesAreBounded() {
        SearchQuery query = SearchQuery.of(" ", Map.of(), null, 0, 20);
        assertNull(query.text());
        assertFalse(query.hasText());
        assertThrows(SearchRejectedException.class, () -> SearchQuery.of(null, Map.of(), null, 0, 101));
        assertThrows(SearchRejectedException.class, () -> SearchQuery.of(null, Map.of(), null, -1, 20));
        assertThrows(SearchRejectedException.class, () -> SearchQuery.of(null, Map.of(), null, 1001, 20));
        assertThrows(SearchRejectedException.class, () -> SearchQuery.of("x".repeat(201), Map.of(), null, 0, 20));
    }
}
