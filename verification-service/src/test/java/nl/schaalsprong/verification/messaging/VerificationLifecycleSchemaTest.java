package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.events.EventType;
import nl.schaalsprong.verification.domain.ComparableArea;
import nl.schaalsprong.verification.domain.ComparableBuurt;
import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.VerificationTarget;
import nl.schaalsprong.verification.domain.Comparison;
import nl.schaalsprong.verification.domain.Criterion;
import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.SuccessCriteria;
import nl.schaalsprong.verification.domain.Verification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Producer-side contract tests for the lifecycle events: what we publish is what our published schemas promise. */
class VerificationLifecycleSchemaTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    static final Criterion REACHED = new Criterion("aandeel huishoudens bereikt", Comparison.AT_LEAST, 60, "%",
            LocalDate.of(2027, 6, 30));
    static final Criterion COST = new Criterion("kosten per woning", Comparison.AT_MOST, 12000.5, "euro",
            LocalDate.of(2027, 12, 31));

    static JsonNode schemaNode(String file) throws IOException {
        try (InputStream in = VerificationLifecycleSchemaTest.class.getResourceAsStream("/META-INF/resources/schemas/" + file)) {
            return VerificationSuggestedSchemaTest.MAPPER.readTree(in);
        }
    }

    static JsonSchema schema(JsonNode node) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node,
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }

    static Verification accepted() {
        Verification verification = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), UUID.randomUUID().toString(),
                OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0, ZoneOffset.UTC));
        verification.accept(new SuccessCriteria(List.of(REACHED, COST)), "gemeente-amsterdam-klp", CLOCK);
        return verification;
    }

    @Test
    void acceptedDataFitsItsSchema() throws IOException {
        JsonNode data = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationAccepted.of(accepted()));
        assertEquals(Set.of(), schema(schemaNode("verification.accepted.v2.json")).validate(data), data.toString());
        assertEquals("2027-06-30", data.path("criteria").path(0).path("measuredOn").asText());
    }

    @Test
    void declinedDataFitsItsSchema() throws IOException {
        Verification verification = Verification.suggest(UUID.randomUUID(),
                new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), UUID.randomUUID().toString(),
                OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0, ZoneOffset.UTC));
        verification.decline(DeclineReason.other("De buurt zit al in een warmtenetproject"), "gemeente-amsterdam-klp",
                CLOCK);
        JsonNode data = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationDeclined.of(verification));
        assertEquals(Set.of(), schema(schemaNode("verification.declined.v2.json")).validate(data), data.toString());
        assertEquals("De buurt zit al in een warmtenetproject", data.path("reason").asText());
        assertEquals("OTHER", data.path("reasonKind").asText());
        assertTrue(data.path("dimension").textValue() == null, "no dimension with OTHER");
    }

    @Test
    void declinedDataNamesTheDimensionOrBarrierItsKindNeeds() throws IOException {
        JsonSchema schema = schema(schemaNode("verification.declined.v2.json"));
        UUID barrier = UUID.fromString("7a1e0c9d-2b4f-4e6a-8c3d-5f9b1a2e4c70");
        for (DeclineReason reason : List.of(
                new DeclineReason(DeclineReasonKind.DIMENSION_DIFFERS, "STEDELIJKHEID", null, null),
                new DeclineReason(DeclineReasonKind.BARRIER, null, barrier, "De aanbesteding loopt nog"),
                new DeclineReason(DeclineReasonKind.NO_CAPACITY, null, null, null))) {
            Verification verification = Verification.suggest(UUID.randomUUID(),
                    new ComparableBuurt(new BuurtCode("BU03630105"), "Kinkerbuurt", 0.93), UUID.randomUUID().toString(),
                    OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0, ZoneOffset.UTC));
            verification.decline(reason, "gemeente-amsterdam-klp", CLOCK);
            JsonNode data = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationDeclined.of(verification));
            assertEquals(Set.of(), schema.validate(data), data.toString());
            assertEquals(reason.kind().name(), data.path("reasonKind").asText());
            assertEquals(reason.summary(), data.path("reason").asText());
            assertEquals(reason.dimension(), data.path("dimension").textValue());
            assertEquals(reason.barrierId() == null ? null : reason.barrierId().toString(),
                    data.path("barrierId").textValue());
        }
    }

    @Test
    void concludedDataFitsItsSchemaWhetherMeasuredOrNot() throws IOException {
        JsonSchema schema = schema(schemaNode("verification.concluded.v2.json"));
        Verification measured = accepted();
        measured.conclude(Map.of(REACHED.indicator(), 71.0, COST.indicator(), 9000.0),
                List.of("gesprekken in het Turks en Arabisch aangeboden"), List.of(ExperimentCondition.PIONIERS),
                "gemeente-amsterdam-klp", CLOCK);
        Verification notMeasured = accepted();
        notMeasured.conclude(Map.of(REACHED.indicator(), 71.0), List.of(), List.of(), "gemeente-amsterdam-klp", CLOCK);
        for (Verification verification : List.of(measured, notMeasured)) {
            JsonNode data = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationConcluded.of(verification));
            assertEquals(Set.of(), schema.validate(data), data.toString());
        }
        JsonNode inconclusive = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationConcluded.of(notMeasured));
        assertEquals("INCONCLUSIVE", inconclusive.path("outcome").asText());
        assertTrue(inconclusive.path("results").path(1).path("measuredValue").isNull());
    }

    @Test
    void aGemeenteTargetsLifecycleFitsV2() throws IOException {
        Verification gemeente = Verification.suggestArea(UUID.randomUUID(), new ComparableArea(
                        new VerificationTarget(TargetLevel.GEMEENTE, "GM0363"), "Amsterdam", 0.89, null, null, Map.of(),
                        null), UUID.randomUUID().toString(), OffsetDateTime.of(2026, 11, 28, 10, 15, 31, 0,
                ZoneOffset.UTC), null);
        gemeente.accept(new SuccessCriteria(List.of(REACHED)), "gemeente-amsterdam-klp", CLOCK);
        JsonNode accepted = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationAccepted.of(gemeente));
        assertEquals(Set.of(), schema(schemaNode("verification.accepted.v2.json")).validate(accepted),
                accepted.toString());
        gemeente.conclude(Map.of(REACHED.indicator(), 71.0), List.of(), List.of(), "gemeente-amsterdam-klp", CLOCK);
        JsonNode concluded = VerificationSuggestedSchemaTest.MAPPER.valueToTree(VerificationConcluded.of(gemeente));
        assertEquals(Set.of(), schema(schemaNode("verification.concluded.v2.json")).validate(concluded),
                concluded.toString());
        assertEquals("GEMEENTE", concluded.path("target").path("level").asText());
        assertEquals("GM0363", concluded.path("targetGemeenteCode").asText());
        assertTrue(concluded.path("targetBuurtCode").isNull());
    }

    @Test
    void theSchemasExamplesAreValidAndNameTheirEventTypeAndTopic() throws IOException {
        Map<String, EventType> types = Map.of("verification.accepted.v2.json", VerificationEvents.VERIFICATION_ACCEPTED,
                "verification.declined.v2.json", VerificationEvents.VERIFICATION_DECLINED,
                "verification.concluded.v2.json", VerificationEvents.VERIFICATION_CONCLUDED);
        for (Map.Entry<String, EventType> entry : types.entrySet()) {
            JsonNode node = schemaNode(entry.getKey());
            assertFalse(node.path("examples").path(0).isMissingNode(), entry.getKey());
            for (JsonNode example : node.path("examples")) {
                assertEquals(Set.of(), schema(node).validate(example), entry.getKey());
            }
            assertEquals(entry.getValue().dataschema(), node.path("$id").asText());
            assertTrue(node.path("description").asText().contains(entry.getValue().type()));
            assertTrue(node.path("description").asText().contains(VerificationEvents.TOPIC));
        }
    }
}
