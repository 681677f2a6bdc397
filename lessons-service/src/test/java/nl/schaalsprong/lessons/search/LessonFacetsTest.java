package nl.schaalsprong.lessons.search;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** GET /api/v1/lessons/facets: every facet value, where a search page shows the 20 most frequent. */
@QuarkusTest
class LessonFacetsTest {

    @Test
    void everyTagIsCountedWhereTheSearchPageShowsTwenty() {
        UUID proeftuin = UUID.randomUUID();
        for (int i = 0; i < 25; i++) {
            Documents.lesson(proeftuin, "Les " + i, "tekst").routes(i % 2 == 0 ? Route.GROEI : Route.REPLICATIE)
                    .tags(String.format("participatie/aanpak-%02d", i), "participatie/gedeeld").index();
        }
        Documents.lesson(proeftuin, "Concept", "tekst").tags("participatie/geheim").status(LessonStatus.DRAFT).index();

        given().queryParam("proeftuin", proeftuin.toString()).when().get("/api/v1/lessons").then().statusCode(200)
                .body("facets.tag", hasSize(20));
        List<String> tags = given().queryParam("proeftuin", proeftuin.toString())
                .when().get("/api/v1/lessons/facets").then().statusCode(200)
                .body("total", equalTo(25))
                .body("facets.size()", equalTo(8))
                .body("facets.tag", hasSize(26))
                .body("facets.tag[0].value", equalTo("participatie/gedeeld"))
                .body("facets.tag[0].count", equalTo(25))
                .body("facets.tag.count.subList(1, 26)", everyItem(equalTo(1)))
                .body("facets.route.value", contains("GROEI", "REPLICATIE"))
                .body("facets.route.count", contains(13, 12))
                .body("facets.status.value", contains("PUBLISHED"))
                .extract().path("facets.tag.value");
        assertEquals("participatie/aanpak-24", tags.get(25), "ties by value, none cut off");

        // Only the facets asked; drafts are counted for who may see them, as in a search.
        given().queryParam("proeftuin", proeftuin.toString()).queryParam("facet", "tag").queryParam("facet", "STATUS")
                .queryParam("status", "DRAFT").queryParam("status", "PUBLISHED")
                .header("Authorization", TestTokens.bearer("steward"))
                .when().get("/api/v1/lessons/facets").then().statusCode(200)
                .body("total", equalTo(26))
                .body("facets.keySet()", contains("tag", "status"))
                .body("facets.tag", hasSize(27))
                .body("facets.status.value", contains("PUBLISHED", "DRAFT"));
    }

    @Test
    void theCountsComeAsCsv() {
        UUID proeftuin = UUID.randomUUID();
        Documents.lesson(proeftuin, "Een", "tekst").routes(Route.GROEI, Route.CIRCULATIE).index();
        Documents.lesson(proeftuin, "Twee", "tekst").routes(Route.GROEI).index();

        String csv = given().accept("text/csv").queryParam("proeftuin", proeftuin.toString())
                .queryParam("facet", "route").queryParam("facet", "proeftuin")
                .when().get("/api/v1/lessons/facets").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(List.of("facet,value,label,count", "route,GROEI,,2", "route,CIRCULATIE,,1"), lines.subList(0, 3));
        // The proeftuin facet counts under the other filters only (disjunctive), so other proeftuinen are listed too.
        assertEquals(true, lines.contains("proeftuin," + proeftuin + ",Proeftuin " + proeftuin.toString().substring(0, 8)
                + ",2"), csv);
        assertEquals(true, lines.stream().skip(3).allMatch(l -> l.startsWith("proeftuin,")), csv);
    }

    @Test
    void anUnknownFacetIsAProblem() {
        given().queryParam("facet", "kleur").when().get("/api/v1/lessons/facets")
                .then().statusCode(400).contentType(startsWith("application/problem+json")).body("status", equalTo(400));
        given().queryParam("route", "SNELWEG").when().get("/api/v1/lessons/facets")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }
}
