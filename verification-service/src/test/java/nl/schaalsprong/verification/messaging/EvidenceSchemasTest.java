package nl.schaalsprong.verification.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.evidence.EvidenceDerivation;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationStage;
import nl.schaalsprong.verification.domain.learning.ComparabilityLearning;
import nl.schaalsprong.verification.domain.learning.LearningSettings;
import nl.schaalsprong.verification.domain.learning.TransferExample;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.schaalsprong.verification.messaging.VerificationSuggestedSchemaTest.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Producer-side contract tests: what evidence and learning publish is what their schemas promise. */
class EvidenceSchemasTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2027, 7, 2, 14, 0, 1, 0, ZoneOffset.ofHours(2));

    static JsonSchema schema(String file) throws IOException {
        try (InputStream in = EvidenceSchemasTest.class.getResourceAsStream("/META-INF/resources/schemas/" + file)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    static VerificationFact concluded(String buurt, String type, Outcome outcome) {
        return new VerificationFact(UUID.randomUUID(), buurt, "GM" + buurt.substring(2, 6), type, false,
                VerificationStage.CONCLUDED, outcome, Set.of());
    }

    @Test
    void lessonEvidenceChangedFitsItsSchemaWithAndWithoutALayer() throws IOException {
        JsonSchema schema = schema("lesson.evidence-changed.v1.json");
        UUID lesson = UUID.randomUUID();
        LessonFacts origin = new LessonFacts(lesson, Set.of("BU00140000"), Set.of(ExperimentCondition.PIONIERS));
        List<List<VerificationFact>> histories = List.of(
                List.of(),
                List.of(concluded("BU03630105", null, Outcome.CONFIRMED)),
                List.of(concluded("BU03630105", "Stedelijk", Outcome.CONFIRMED),
                        concluded("BU03440201", "Naoorlogs", Outcome.NOT_CONFIRMED),
                        concluded("BU05990101", "Dorps", Outcome.INCONCLUSIVE)));
        for (List<VerificationFact> history : histories) {
            JsonNode data = MAPPER.valueToTree(LessonEvidenceChanged.of(lesson,
                    nl.schaalsprong.verification.domain.evidence.EvidenceDerivation.derive(
                    nl.schaalsprong.verification.domain.evidence.EvidenceRules.standard(), origin, history), AT));
            assertEquals(Set.of(), schema.validate(data), data.toString());
        }
    }

    @Test
    void comparabilityWeightsLearnedFitsItsSchema() throws IOException {
        List<TransferExample> examples = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double difference = i / 20.0;
            examples.add(new TransferExample(Map.of("STEDELIJKHEID", difference, "AANDEEL_65_PLUS", (i * 7 % 20) / 20.0),
                    1 - difference / 2, difference < 0.5));
        }
        JsonNode data = MAPPER.valueToTree(ComparabilityWeightsLearned.of("standaard",
                ComparabilityLearning.learn(examples, LearningSettings.DEFAULT), AT));
        assertEquals(Set.of(), schema("comparability-weights.learned.v1.json").validate(data), data.toString());
    }

    @Test
    void theSchemasExamplesAreValidAndNameTheirEventTypeAndTopic() throws IOException {
        for (var type : List.of(EvidenceEvents.LESSON_EVIDENCE_CHANGED, EvidenceEvents.COMPARABILITY_WEIGHTS_LEARNED)) {
            String file = type.dataschema().substring(type.dataschema().lastIndexOf('/') + 1);
            JsonNode node;
            try (InputStream in = getClass().getResourceAsStream("/META-INF/resources/schemas/" + file)) {
                node = MAPPER.readTree(in);
            }
            assertEquals(type.dataschema(), node.path("$id").asText());
            assertEquals(Set.of(), schema(file).validate(node.path("examples").path(0)), file);
            assertTrue(node.path("description").asText().contains(type.type()), file);
            assertTrue(node.path("description").asText().contains(type.topic()), file);
        }
    }
}
