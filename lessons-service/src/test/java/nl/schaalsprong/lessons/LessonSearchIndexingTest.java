package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The write side keeps the search read model in step: what a lesson's lifecycle does is what the search shows,
 * in the transaction of the change.
 */
@QuarkusTest
class LessonSearchIndexingTest {

    @Test
    void aLessonIsFoundAsItsLifecycleGoesAndByItsTagsOnceTagged() {
        String word = "proefwoord" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        String body = Lessons.complete("\"REPLICATIE\"", "").replace("Gesprekken thuis bereiken",
                "Warmtepompen en " + word + " bereiken");
        String id = Lessons.record(body);

        // A draft is only found when drafts are asked for.
        search("q", word).body("items.id", not(hasItem(id)));
        search("q", word, "status", "DRAFT").body("items.id", hasItem(id));

        Lessons.transition(id, "IN_REVIEW", "contributor").statusCode(200);
        Lessons.transition(id, "PUBLISHED", "steward").statusCode(200);
        // Dutch stemming over the indexed lesson text: "warmtepomp" finds "Warmtepompen".
        search("q", "warmtepomp " + word).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.status", equalTo("PUBLISHED"));

        Lessons.tag(id, "[\"participatie/keukentafelgesprekken\"]").statusCode(200);
        search("q", word, "tag", "participatie/keukentafelgesprekken").body("items.id", hasItem(id));

        Lessons.transition(id, "RETRACTED", "steward").statusCode(200);
        search("q", word).body("items.id", not(hasItem(id)));
    }

    private static io.restassured.response.ValidatableResponse search(String... params) {
        var request = given().header("Authorization", Lessons.contributor());
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.when().get("/api/v1/lessons").then().statusCode(200);
    }
}
