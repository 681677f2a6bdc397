package nl.schaalsprong.lessons.service;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.search.Documents;
import nl.schaalsprong.local.TestTokens;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A search whose text is a plain conjunction of words is matched in memory, any other by PostgreSQL; either way
 * it finds exactly the lessons PostgreSQL's {@code document @@ websearch_to_tsquery('dutch', q)} finds.
 */
@QuarkusTest
class InMemoryMatchingTest {

    @Inject
    LessonSearch search;
    @Inject
    DataSource dataSource;

    @Test
    void everyQueryFindsWhatPostgresqlFinds() throws SQLException {
        UUID proeftuin = UUID.randomUUID();
        Documents.lesson(proeftuin, "Warmtepompen in rijtjeshuizen", "Geluid bleek geen bezwaar voor bewoners.")
                .index();
        Documents.lesson(proeftuin, "Gebiedsfonds helpt", "Het fonds betaalde de warmtepomp.")
                .recommendation("Betrek de corporatie vroeg bij de na-isolatie.").index();
        Documents.lesson(proeftuin, "Buurtkeuze", "Eerst de buurt met de meeste eigenaren.")
                .context("Portiekflats uit de jaren vijftig.").module("Module techniek: aquathermie").index();
        Documents.lesson(proeftuin, "Warmtepomp en geluid", "Nog niet gepubliceerd; bewoners twijfelen.")
                .status(LessonStatus.DRAFT).index();

        // Query text -> matched in memory (true) or by PostgreSQL (false), and how many lessons it finds.
        Map<String, Expected> queries = new LinkedHashMap<>();
        queries.put("warmtepompen", new Expected(true, 3));
        queries.put("Warmtepomp BEWONERS", new Expected(true, 2));
        queries.put("portiekflats", new Expected(true, 1)); // only in the context
        queries.put("aquathermie", new Expected(true, 1)); // only in the module
        queries.put("corporatie warmtepomp", new Expected(true, 1)); // recommendation and text
        queries.put("warmtepomp aquathermie", new Expected(true, 0));
        queries.put("onbekendwoord", new Expected(true, 0));
        queries.put("de het een", new Expected(true, 0)); // only stopwords: an empty tsquery matches nothing
        queries.put("\"geluid bleek\"", new Expected(false, 1)); // a phrase
        queries.put("warmtepomp or aquathermie", new Expected(false, 4));
        queries.put("warmtepomp -geluid", new Expected(false, 1));
        queries.put("na-isolatie", new Expected(false, 1)); // a compound is a phrase of its parts
        for (var query : queries.entrySet()) {
            String q = query.getKey();
            assertEquals(query.getValue().inMemory(), search.matching(q).inMemory(), q);
            Set<String> byPostgresql = byPostgresql(proeftuin, q);
            assertEquals(query.getValue().lessons(), byPostgresql.size(), q);
            assertEquals(byPostgresql, bySearch(proeftuin, q), q);
            assertEquals(byPostgresql, bySearch(proeftuin, q), q + ", asked again (its parse is kept)");
        }
    }

    private record Expected(boolean inMemory, int lessons) {
    }

    private Set<String> byPostgresql(UUID proeftuin, String q) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select lesson_id from lesson_search "
                     + "where proeftuin_id = ? and document @@ websearch_to_tsquery('dutch', ?)")) {
            statement.setString(1, proeftuin.toString());
            statement.setString(2, q);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getString(1));
                }
            }
        }
        return ids;
    }

    private static Set<String> bySearch(UUID proeftuin, String q) {
        List<String> ids = given().header("Authorization", TestTokens.bearer("steward"))
                .queryParam("proeftuin", proeftuin.toString()).queryParam("q", q).queryParam("size", "100")
                .queryParam("status", "PUBLISHED").queryParam("status", "DRAFT")
                .when().get("/api/v1/lessons").then().statusCode(200).extract().path("items.id");
        return Set.copyOf(ids);
    }
}
