package nl.schaalsprong.lessons.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.lessons.domain.search.Facet;
import nl.schaalsprong.lessons.domain.search.SearchQuery;
import nl.schaalsprong.lessons.domain.search.SearchVisibility;
import nl.schaalsprong.lessons.mapping.FacetCount;
import nl.schaalsprong.lessons.mapping.LessonFacets;
import nl.schaalsprong.lessons.mapping.SearchPage;
import nl.schaalsprong.lessons.domain.search.SearchRejectedException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import nl.schaalsprong.lessons.service.LessonSearch;
import nl.schaalsprong.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The collection of lessons, searched: full text in Dutch plus facets. Shares its path with LessonResource,
 * which serves the single lessons below it; RESTEasy Reactive merges the two classes.
 */
@Path("/api/v1/lessons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lessons")
public class LessonSearchResource {

    private final LessonSearch search;
    private final Caller caller;

    public LessonSearchResource(LessonSearch search, Caller caller) {
        this.search = search;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "searchLessons", summary = "Search lessons",
            description = "Full-text search in Dutch (stemmed: 'warmtepompen' finds 'warmtepomp'; quotes for a "
                    + "phrase, 'or', '-word' to exclude) with facets. Repeating a facet parameter means any of its "
                    + "values; different facets must all hold. **Only PUBLISHED lessons are listed unless `status` "
                    + "is given.** DRAFT and IN_REVIEW lessons are found only by stewards and, within the proeftuinen "
                    + "of their pilots claim, by contributors (such a search is limited to those proeftuinen); for "
                    + "anyone else they are left out, from the hits and from the status counts. Without `q` the default order is by date, with `q` by relevance. Every order ends "
                    + "in the lesson id, so pages are stable. The facet counts of each facet are computed under the "
                    + "other facets' filters (disjunctive faceting).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "400", description = "Unknown sort, size above 100, or a value an enumerated facet does not know")
    public SearchPage search(
            @Parameter(description = "Words to find, in Dutch", example = "warmtepompen keukentafelgesprek")
            @QueryParam("q") String q,
            @Parameter(description = "Theme: participatie, financiering, techniek, organisatie, regelgeving, "
                    + "communicatie, planning, kennis", example = "participatie")
            @QueryParam("theme") List<String> theme,
            @Parameter(description = "Route: GROEI, REPLICATIE, CIRCULATIE, INSTITUTIONALISERING", example = "REPLICATIE")
            @QueryParam("route") List<String> route,
            @Parameter(description = "Claimed layer: GENERIEK, MENU, SPECIFIEK", example = "MENU")
            @QueryParam("layer") List<String> layer,
            @Parameter(description = "Tag", example = "participatie/keukentafelgesprekken")
            @QueryParam("tag") List<String> tag,
            @Parameter(description = "Proeftuin id", example = "groningen-paddepoel-en-selwerd") @QueryParam("proeftuin") List<String> proeftuin,
            @Parameter(description = "CBS gemeente code", example = "GM0014") @QueryParam("gemeente") List<String> gemeente,
            @Parameter(description = "Evidence level: ORIGIN_ONLY, INDICATIVE, REPLICATED, ESTABLISHED, CONTESTED",
                    example = "REPLICATED")
            @QueryParam("evidence") List<String> evidence,
            @Parameter(description = "Lifecycle status: DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, RETRACTED; "
                    + "PUBLISHED when not given", example = "PUBLISHED")
            @QueryParam("status") List<String> status,
            @Parameter(description = "relevance (default with q), date (default without q; newest first) or "
                    + "evidence (strongest first)", example = "relevance")
            @QueryParam("sort") String sort,
            @Parameter(description = "Page number from 0, at most 1000") @QueryParam("page") @DefaultValue("0") @Min(0)
            @Max(SearchQuery.MAX_PAGE) int page,
            @Parameter(description = "Page size, at most 100") @QueryParam("size") @DefaultValue("20") @Min(1)
            @Max(SearchQuery.MAX_SIZE) int size) {
        SearchQuery asked = SearchQuery.of(q, filters(theme, route, layer, tag, proeftuin, gemeente, evidence, status),
                sort, page, size);
        SearchVisibility visibility = SearchVisibility.of(caller, asked);
        SearchPage found = visibility.query().map(search::search).orElseGet(() -> new SearchPage(List.of(),
                asked.page(), asked.size(), 0, asked.sort().name().toLowerCase(Locale.ROOT), Map.of()));
        return new SearchPage(found.items(), found.page(), found.size(), found.total(), found.sort(),
                visible(visibility, found.facets()));
    }

    @GET
    @Path("/facets")
    @Produces({MediaType.APPLICATION_JSON, CsvAnswer.TEXT_CSV})
    @Operation(operationId = "listLessonFacets", summary = "Every facet value with its count",
            description = "The facet counts a search with the same text and filters gives, but every value of each"
                    + " facet (a search page lists only the 20 most frequent tags, proeftuinen and gemeenten), and no"
                    + " lessons: for dashboards and exports. The same visibility as the search: only PUBLISHED"
                    + " lessons unless `status` is given, DRAFT and IN_REVIEW only for who may see them. `facet`"
                    + " narrows the answer to the facets named. `Accept: text/csv` gives one row per facet value:"
                    + " facet, value, label, count.")
    @APIResponse(responseCode = "200", description = "The counts per facet value", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LessonFacets.class)),
            @Content(mediaType = CsvAnswer.TEXT_CSV, schema = @Schema(type = SchemaType.STRING),
                    example = LessonFacetsCsv.HEADER + "\r\nroute,REPLICATIE,,12\r\n"
                            + "proeftuin,groningen-paddepoel-en-selwerd,\"Groningen, Paddepoel en Selwerd\",3\r\n")})
    @APIResponse(responseCode = "400", description = "An unknown facet, or a value an enumerated facet does not know")
    public LessonFacets facets(
            @Parameter(description = "Facets to count (repeatable): theme, route, layer, tag, proeftuin, gemeente, "
                    + "evidence, status; all when not given", example = "tag")
            @QueryParam("facet") List<String> facet,
            @Parameter(description = "Words to find, in Dutch", example = "warmtepompen")
            @QueryParam("q") String q,
            @Parameter(description = "Theme", example = "participatie") @QueryParam("theme") List<String> theme,
            @Parameter(description = "Route", example = "REPLICATIE") @QueryParam("route") List<String> route,
            @Parameter(description = "Claimed layer", example = "MENU") @QueryParam("layer") List<String> layer,
            @Parameter(description = "Tag", example = "participatie/keukentafelgesprekken")
            @QueryParam("tag") List<String> tag,
            @Parameter(description = "Proeftuin id", example = "groningen-paddepoel-en-selwerd")
            @QueryParam("proeftuin") List<String> proeftuin,
            @Parameter(description = "CBS gemeente code", example = "GM0014") @QueryParam("gemeente") List<String> gemeente,
            @Parameter(description = "Evidence level", example = "REPLICATED") @QueryParam("evidence") List<String> evidence,
            @Parameter(description = "Lifecycle status; PUBLISHED when not given", example = "PUBLISHED")
            @QueryParam("status") List<String> status) {
        Set<String> asked = facetsAsked(facet);
        SearchQuery query = SearchQuery.of(q, filters(theme, route, layer, tag, proeftuin, gemeente, evidence, status),
                null, 0, 1);
        SearchVisibility visibility = SearchVisibility.of(caller, query);
        LessonSearch.FacetsFound found = visibility.query().map(search::facets)
                .orElseGet(() -> new LessonSearch.FacetsFound(0, Map.of()));
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        visible(visibility, found.facets()).forEach((name, counts) -> {
            if (asked.contains(name)) {
                facets.put(name, counts);
            }
        });
        return new LessonFacets(found.total(), facets);
    }

    private static Set<String> facetsAsked(List<String> facet) {
        Set<String> known = new LinkedHashSet<>();
        for (Facet f : Facet.values()) {
            known.add(f.parameter());
        }
        if (facet == null || facet.isEmpty()) {
            return known;
        }
        Set<String> asked = new LinkedHashSet<>();
        for (String name : facet) {
            String normalised = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (!known.contains(normalised)) {
                throw new SearchRejectedException("facet '" + name + "' is unknown; expected one of "
                        + String.join(", ", known));
            }
            asked.add(normalised);
        }
        return asked;
    }

    private static Map<Facet, List<String>> filters(List<String> theme, List<String> route, List<String> layer,
                                                    List<String> tag, List<String> proeftuin, List<String> gemeente,
                                                    List<String> evidence, List<String> status) {
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        filters.put(Facet.THEME, theme);
        filters.put(Facet.ROUTE, route);
        filters.put(Facet.LAYER, layer);
        filters.put(Facet.TAG, tag);
        filters.put(Facet.PROEFTUIN, proeftuin);
        filters.put(Facet.GEMEENTE, gemeente);
        filters.put(Facet.EVIDENCE, evidence);
        filters.put(Facet.STATUS, status);
        return filters;
    }

    /** The status counts without the statuses this caller may not see. */
    private static Map<String, List<FacetCount>> visible(SearchVisibility visibility, Map<String, List<FacetCount>> found) {
        if (!visibility.hideUnpublishedCounts() || !found.containsKey(Facet.STATUS.parameter())) {
            return found;
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>(found);
        facets.put(Facet.STATUS.parameter(), facets.get(Facet.STATUS.parameter()).stream()
                .filter(count -> visibility.shows(count.value())).toList());
        return facets;
    }
}
