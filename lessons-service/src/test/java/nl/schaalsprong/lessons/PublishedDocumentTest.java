package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.schaalsprong.local.contract.PublishedDocument;
import org.junit.jupiter.api.Test;

import java.net.URI;

/**
 * The served OpenAPI document is the published one (docs/openapi/lessons-service.json): a change that breaks its
 * clients fails here, naming the break; any other change asks for the published file to be refreshed.
 */
@QuarkusTest
class PublishedDocumentTest {

    @Test
    void theServedDocumentIsThePublishedOne() {
        PublishedDocument.check("lessons-service", URI.create(RestAssured.baseURI + ":" + RestAssured.port));
    }
}
