package nl.schaalsprong.verification.client;

import nl.schaalsprong.verification.advice.client.AreaAnswers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test of what the advice reads from typology-service (advice.client.AreaAnswers): every
 * field is a component of the typology response record it comes from, read from typology's sources in the
 * repository (as {@link TypologyAnswerContractTest} does for the suggestions).
 */
class AreaAnswersContractTest {

    static final Path TYPOLOGY = Path.of("../typology-service/src/main/java/nl/schaalsprong/typology");

    @Test
    void theAreaAndABuurtsTypeUnderTheNamesWeRead() throws IOException {
        assertReads(AreaAnswers.Area.class, "area/rest/AreaResponse.java", "AreaResponse");
        assertReads(AreaAnswers.BuurtType.class, "rest/TypologyOfNeighbourhoodResponse.java",
                "TypologyOfNeighbourhoodResponse");
        assertReads(AreaAnswers.Type.class, "rest/TypologyTypeResponse.java", "TypologyTypeResponse");
    }

    @Test
    void comparableBuurtenWijkenAndGemeentenUnderTheNamesWeRead() throws IOException {
        assertReads(AreaAnswers.Comparables.class, "rest/ComparableNeighbourhoodsResponse.java",
                "ComparableNeighbourhoodsResponse");
        assertReads(AreaAnswers.Comparable.class, "rest/ComparableNeighbourhoodResponse.java",
                "ComparableNeighbourhoodResponse");
        assertReads(AreaAnswers.Comparables.class, "area/rest/ComparableAreasResponse.java", "ComparableAreasResponse");
        assertReads(AreaAnswers.Comparable.class, "area/rest/ComparableAreasResponse.java", "Comparable");
    }

    private static void assertReads(Class<? extends Record> reader, String file, String record) throws IOException {
        Path source = TYPOLOGY.resolve(file);
        assertTrue(Files.exists(source), "typology's response record not found at " + source.toAbsolutePath());
        String java = Files.readString(source);
        int at = java.indexOf(" record " + record + "(");
        assertTrue(at >= 0, file + " declares no record " + record);
        List<String> declared = TypologyAnswerContractTest.components(java.substring(at));
        for (RecordComponent component : reader.getRecordComponents()) {
            assertTrue(declared.contains(component.getName()),
                    "we read '" + component.getName() + "' but " + record + " declares " + declared);
        }
    }
}
