package nl.schaalsprong.verification.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Producer-side contract test: what we publish is what our published schema promises. */
class VerificationSuggestedSchemaTest {

    /** Serialised as Quarkus's ObjectMapper does: ISO-8601 times, nulls included. */
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static JsonNode schemaNode;
    static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = VerificationSuggestedSchemaTest.class
                .getResourceAsStream("/META-INF/resources/schemas/verification.suggested.v1.json")) {
            schemaNode = MAPPER.readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    @Test
    void ourEventDataFitsOurSchema() {
        Verification named = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), UUID.randomUUID().toString(),
                OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0, ZoneOffset.UTC));
        Verification nameless = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU05990101"), null, 0.5), UUID.randomUUID().toString(),
                OffsetDateTime.of(2026, 11, 28, 11, 15, 31, 0, ZoneOffset.ofHours(1)));
        for (Verification verification : new Verification[]{named, nameless}) {
            JsonNode data = MAPPER.valueToTree(VerificationSuggested.of(verification));
            assertEquals(Set.of(), schema.validate(data), data.toString());
        }
    }

    @Test
    void theSchemasExampleIsValid() {
        JsonNode example = schemaNode.path("examples").path(0);
        assertFalse(example.isMissingNode());
        assertEquals(Set.of(), schema.validate(example));
    }

    @Test
    void theSchemaNamesTheEventTypeAndTopicWePublishOn() {
        String description = schemaNode.path("description").asText();
        assertEquals(VerificationEvents.VERIFICATION_SUGGESTED.dataschema(), schemaNode.path("$id").asText());
        assertEquals(true, description.contains(VerificationEvents.VERIFICATION_SUGGESTED.type()));
        assertEquals(true, description.contains("on topic " + VerificationEvents.VERIFICATION_SUGGESTED.topic() + " "));
    }
}
