package nl.schaalsprong.lessons.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.Theme;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Search over HTTP against the real PostgreSQL index, each test in a proeftuin of its own. */
@QuarkusTest
class LessonSearchTest {

    @Test
    void dutchStemmingFindsInflectedForms() {
        UUID proeftuin = UUID.randomUUID();
        UUID pomp = Documents.lesson(proeftuin, "Collectieve inkoop werkt",
                "Bewoners kozen samen één warmtepomp per blok.").index();
        UUID gesprek = Documents.lesson(proeftuin, "Deelname groeit",
                "Elk keukentafelgesprek leverde gemiddeld twee aanmeldingen op.").index();
        Documents.lesson(proeftuin, "Isolatie eerst", "Na-isolatie van spouwmuren ging voor.").index();

        search(proeftuin, "q", "warmtepompen").body("items.id", contains(pomp.toString()))
                .body("items[0].snippet", containsString("<mark>warmtepomp</mark>"));
        search(proeftuin, "q", "keukentafelgesprekken").body("items.id", contains(gesprek.toString()));
        search(proeftuin, "q", "keukentafelgesprek").body("items.id", contains(gesprek.toString()));
    }

    @Test
    void aTitleHitOutranksATextHitAndDraftsAreHiddenUnlessAskedFor() {
        UUID proeftuin = UUID.randomUUID();
        UUID inText = Documents.lesson(proeftuin, "Gebiedsfonds helpt", "Het fonds betaalde de warmtepompen.")
                .minutes(10).index();
        UUID inTitle = Documents.lesson(proeftuin, "Warmtepompen in rijtjeshuizen", "Geluid bleek geen bezwaar.")
                .index();
        UUID draft = Documents.lesson(proeftuin, "Warmtepomp en geluid", "Nog niet gepubliceerd.")
                .status(LessonStatus.DRAFT).index();

        UUID inContext = Documents.lesson(proeftuin, "Buurtkeuze", "Eerst de buurt met de meeste eigenaren.")
                .context("Veel woningen hebben al een warmtepomp.").minutes(20).index();
        // Title (A) before lesson text (B) before context (C), whatever their dates.
        search(proeftuin, "q", "warmtepomp").body("sort", equalTo("relevance"))
                .body("items.id", contains(inTitle.toString(), inText.toString(), inContext.toString()));
        search(proeftuin, "q", "warmtepomp", "sort", "date")
                .body("items.id", contains(inContext.toString(), inText.toString(), inTitle.toString()));
        search(proeftuin, "q", "warmtepomp", "status", "draft").body("items.id", contains(draft.toString()));
        search(proeftuin, "q", "warmtepomp", "status", "DRAFT", "status", "PUBLISHED").body("total", equalTo(4));
    }

    @Test
    void draftsAndLessonsInReviewAreFoundOnlyByStewardsAndTheProeftuinsContributors() {
        UUID proeftuin = UUID.randomUUID();
        UUID published = Documents.lesson(proeftuin, "Openbaar", "warmtenet").index();
        UUID draft = Documents.lesson(proeftuin, "Concept", "warmtenet").status(LessonStatus.DRAFT).index();
        Documents.lesson(proeftuin, "In review", "warmtenet").status(LessonStatus.IN_REVIEW).index();

        // Anonymous (a KLP dashboard): no drafts, not even counted; asking for them leaves them out.
        searchAs(null, proeftuin, "status", "DRAFT").body("total", equalTo(0)).body("items", hasSize(0));
        searchAs(null, proeftuin, "status", "DRAFT", "status", "PUBLISHED")
                .body("items.id", contains(published.toString()))
                .body("facets.status.value", contains("PUBLISHED"));
        searchAs(null, proeftuin).body("facets.status.value", contains("PUBLISHED"));
        // A contributor of another proeftuin is an outsider too.
        searchAs(TestTokens.contributorOf("elders"), proeftuin, "status", "DRAFT").body("total", equalTo(0));
        // The proeftuin's own contributor finds its drafts.
        searchAs(TestTokens.contributorOf(proeftuin.toString()), proeftuin, "status", "DRAFT")
                .body("items.id", contains(draft.toString()));
        search(proeftuin, "status", "DRAFT").body("items.id", contains(draft.toString()));
    }

    @Test
    void facetCountsAreDisjunctive() {
        UUID proeftuin = UUID.randomUUID();
        Documents.lesson(proeftuin, "Een", "tekst").themes(Theme.PARTICIPATIE).routes(Route.REPLICATIE)
                .layer(Layer.MENU).tags("participatie/keukentafelgesprekken").index();
        Documents.lesson(proeftuin, "Twee", "tekst").themes(Theme.PARTICIPATIE, Theme.FINANCIERING)
                .routes(Route.GROEI).layer(Layer.GENERIEK).tags("financiering/gebiedsfonds").gemeente("GM0363")
                .origins("BU03630105").index();
        Documents.lesson(proeftuin, "Drie", "tekst").themes(Theme.FINANCIERING).routes(Route.REPLICATIE)
                .layer(Layer.MENU).tags("financiering/gebiedsfonds").index();
        Documents.lesson(proeftuin, "Vier", "tekst").themes(Theme.TECHNIEK).status(LessonStatus.IN_REVIEW).index();

        // Choosing theme=participatie: two lessons; the theme facet still counts every theme under the other
        // filters (proeftuin, status), the route facet counts only within participatie.
        search(proeftuin, "theme", "participatie")
                .body("total", equalTo(2))
                .body("facets.theme.value", contains("financiering", "participatie"))
                .body("facets.theme.count", contains(2, 2))
                .body("facets.route.value", contains("GROEI", "REPLICATIE"))
                .body("facets.route.count", contains(1, 1))
                .body("facets.layer.value", contains("GENERIEK", "MENU"))
                .body("facets.tag.value", contains("financiering/gebiedsfonds", "participatie/keukentafelgesprekken"))
                .body("facets.gemeente.value", contains("GM0014", "GM0363"))
                .body("facets.evidence.value", contains("ORIGIN_ONLY"))
                .body("facets.evidence.count", contains(2))
                .body("facets.status.value", contains("PUBLISHED"))
                .body("facets.status.count", contains(2));

        // Two facets: route=REPLICATIE and layer=MENU; status counts show the lesson in review under the others.
        search(proeftuin, "route", "REPLICATIE", "theme", "financiering", "theme", "participatie")
                .body("total", equalTo(2))
                .body("facets.theme.value", contains("financiering", "participatie"))
                .body("facets.theme.count", contains(1, 1))
                .body("facets.route.value", contains("REPLICATIE", "GROEI"))
                .body("facets.route.count", contains(2, 1));
        // Without a status filter only published lessons are listed; the status facet still shows the others.
        search(proeftuin).body("total", equalTo(3))
                .body("facets.status.value", contains("PUBLISHED", "IN_REVIEW"))
                .body("facets.status.count", contains(3, 1));
        search(proeftuin, "status", "IN_REVIEW").body("total", equalTo(1))
                .body("facets.status.value", contains("PUBLISHED", "IN_REVIEW"))
                .body("facets.status.count", contains(3, 1))
                .body("facets.theme.value", contains("techniek"));
        search(proeftuin, "gemeente", "GM0363").body("items.title", contains("Twee"));
    }

    @Test
    void pagesAreStableAndCoverEveryLessonOnce() {
        UUID proeftuin = UUID.randomUUID();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Pairs share a publication time, so only the id tiebreak keeps pages apart.
            expected.add(Documents.lesson(proeftuin, "Les " + i, "over warmtenetten").minutes(i / 2).index().toString());
        }
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            List<String> ids = search(proeftuin, "size", "3", "page", String.valueOf(page), "q", "warmtenet")
                    .body("total", equalTo(7)).extract().path("items.id");
            seen.addAll(ids);
            assertEquals(ids, search(proeftuin, "size", "3", "page", String.valueOf(page), "q", "warmtenet")
                    .extract().path("items.id"), "the same page twice is the same page");
        }
        assertEquals(7, seen.size());
        org.hamcrest.MatcherAssert.assertThat(seen, containsInAnyOrder(expected.toArray()));
        // By date: newest first, ties by id.
        List<String> byDate = search(proeftuin, "size", "100").extract().path("items.id");
        assertEquals(7, byDate.size());
        assertEquals(expected.get(6), byDate.get(0));
    }

    @Test
    void sortByEvidencePutsTheStrongestFirst() {
        UUID proeftuin = UUID.randomUUID();
        UUID untested = Documents.lesson(proeftuin, "Ongetest", "tekst").minutes(3).index();
        UUID replicated = Documents.lesson(proeftuin, "Gerepliceerd", "tekst").minutes(1).index();
        UUID contested = Documents.lesson(proeftuin, "Omstreden", "tekst").minutes(2).index();
        UUID indicative = Documents.lesson(proeftuin, "Indicatief", "tekst").index();
        EvidenceLevels.set(replicated, "REPLICATED");
        EvidenceLevels.set(contested, "CONTESTED");
        EvidenceLevels.set(indicative, "INDICATIVE");

        search(proeftuin, "sort", "evidence")
                .body("items.id", contains(replicated.toString(), indicative.toString(), untested.toString(),
                        contested.toString()))
                .body("items.evidenceLevel", contains("REPLICATED", "INDICATIVE", "ORIGIN_ONLY", "CONTESTED"));
        search(proeftuin, "evidence", "replicated", "evidence", "INDICATIVE").body("total", equalTo(2));
    }

    @Test
    void aRemovedLessonLeavesSearchAndComesBackWhenIndexedAgain() {
        UUID proeftuin = UUID.randomUUID();
        Documents.Builder lesson = Documents.lesson(proeftuin, "Tijdelijk", "tekst").themes(Theme.KENNIS);
        UUID id = lesson.index();
        search(proeftuin).body("items.id", contains(id.toString())).body("facets.theme.value", contains("kennis"));
        var index = jakarta.enterprise.inject.spi.CDI.current().select(nl.schaalsprong.lessons.service.LessonSearchIndex.class).get();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> index.remove(id));
        search(proeftuin).body("total", equalTo(0)).body("facets.theme", hasSize(0));
        lesson.index();
        search(proeftuin).body("items.id", contains(id.toString()));
    }

    @Test
    void invalidSearchesAreProblems() {
        problem("sort", "popularity");
        problem("size", "101");
        problem("theme", "zonnepanelen");
        problem("route", "SNELWEG");
        problem("evidence", "PROVEN");
        problem("status", "ARCHIVED");
        problem("gemeente", "Groningen");
        problem("proeftuin", "geen slug!");
        problem("page", "-1");
        problem("page", "1001");
    }

    @Test
    void theCollectionAndTheSingleLessonShareTheirPath() {
        given().when().get("/api/v1/lessons/7a1c9d9e-0000-4000-8000-000000000000")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().when().get("/api/v1/lessons").then().statusCode(200).body("facets.size()", equalTo(8));
    }

    private static void problem(String parameter, String value) {
        given().queryParam(parameter, value).when().get("/api/v1/lessons")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
    }

    /** A search as a steward runs it: stewards see every status. */
    static ValidatableResponse search(UUID proeftuin, String... parameters) {
        return searchAs(TestTokens.bearer("steward"), proeftuin, parameters);
    }

    static ValidatableResponse searchAs(String authorization, UUID proeftuin, String... parameters) {
        var request = given().queryParam("proeftuin", proeftuin.toString());
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.queryParam(parameters[i], parameters[i + 1]);
        }
        return request.when().get("/api/v1/lessons").then().statusCode(200);
    }
}
