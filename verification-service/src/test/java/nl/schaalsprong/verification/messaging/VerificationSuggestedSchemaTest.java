package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import nl.schaalsprong.platform.cbs.BuurtCode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.schaalsprong.verification.domain.ComparableArea;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.VerificationTarget;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
                .getResourceAsStream("/META-INF/resources/schemas/verification.suggested.v2.json")) {
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
    void aWijkOrGemeenteTargetFitsV2ButNotV1WhichNeedsABuurt() throws IOException {
        JsonSchema v1;
        try (InputStream in = VerificationSuggestedSchemaTest.class
                .getResourceAsStream("/META-INF/resources/schemas/verification.suggested.v1.json")) {
            v1 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
        for (VerificationTarget target : List.of(new VerificationTarget(TargetLevel.WIJK, "WK036301"),
                new VerificationTarget(TargetLevel.GEMEENTE, "GM0363"))) {
            Verification area = Verification.suggestArea(UUID.randomUUID(),
                    new ComparableArea(target, null, 0.9, null, null, Map.of(), null), UUID.randomUUID().toString(),
                    OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0, ZoneOffset.UTC), null);
            JsonNode data = MAPPER.valueToTree(VerificationSuggested.of(area));
            assertEquals(Set.of(), schema.validate(data), data.toString());
            assertEquals(target.level().name(), data.path("target").path("level").asText());
            assertEquals(target.code(), data.path("target").path("code").asText());
            assertTrue(data.path("targetBuurtCode").isNull());
            assertFalse(v1.validate(data).isEmpty(), "v1 promised a buurt");
        }
    }

    @Test
    void aBuurtTargetNamesItsBuurtInBothPlacesAndV2RefusesALevelWithoutItsCode() {
        Verification buurt = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), UUID.randomUUID().toString(),
                OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0, ZoneOffset.UTC));
        ObjectNode data = MAPPER.valueToTree(VerificationSuggested.of(buurt));
        assertEquals("BUURT", data.path("target").path("level").asText());
        assertEquals("BU03630105", data.path("target").path("code").asText());
        assertEquals("BU03630105", data.path("targetBuurtCode").asText());
        data.put("targetBuurtCode", (String) null);
        assertFalse(schema.validate(data).isEmpty(), "a buurt target names its buurt code");
        ((ObjectNode) data.path("target")).put("level", "WIJK");
        assertFalse(schema.validate(data).isEmpty(), "a wijk target has a wijk code");
    }

    @Test
    void theSchemasExampleIsValid() {
        assertFalse(schemaNode.path("examples").path(0).isMissingNode());
        for (JsonNode example : schemaNode.path("examples")) {
            assertEquals(Set.of(), schema.validate(example));
        }
    }

    @Test
    void theSchemaNamesTheEventTypeAndTopicWePublishOn() {
        String description = schemaNode.path("description").asText();
        assertEquals(VerificationEvents.VERIFICATION_SUGGESTED.dataschema(), schemaNode.path("$id").asText());
        assertEquals(true, description.contains(VerificationEvents.VERIFICATION_SUGGESTED.type()));
        assertEquals(true, description.contains("on topic " + VerificationEvents.VERIFICATION_SUGGESTED.topic() + " "));
    }
}
