package nl.schaalsprong.verification.client;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumer-side contract test of typology's comparable answer: every field our tolerant reader takes is a
 * component of typology-service's response records, read from its sources in the repository, so a rename there
 * fails this build instead of silently reading as null.
 */
class TypologyAnswerContractTest {

    static final Path REST = Path.of("../typology-service/src/main/java/nl/schaalsprong/typology/rest");

    /** typology is adding these to each comparable item on another branch; until then they read as absent. */
    static final Set<String> ANNOUNCED = Set.of("type", "proeftuin");

    @Test
    void theAnswerListsItsBuurtenAndBasisUnderTheNamesWeRead() throws IOException {
        assertReads(ComparableNeighbourhoods.class, "ComparableNeighbourhoodsResponse.java");
        assertTrue(ComparableNeighbourhoods.NEIGHBOURS.equals("comparable"));
    }

    @Test
    void eachBuurtAndEachContributionUnderTheNamesWeRead() throws IOException {
        assertReads(ComparableNeighbourhoods.Neighbour.class, "ComparableNeighbourhoodResponse.java");
        assertReads(ComparableNeighbourhoods.Contribution.class, "ContributionResponse.java");
    }

    private static void assertReads(Class<? extends Record> reader, String producerFile) throws IOException {
        Path source = REST.resolve(producerFile);
        assertTrue(Files.exists(source), "typology's response record not found at " + source.toAbsolutePath());
        List<String> declared = components(Files.readString(source));
        for (RecordComponent component : reader.getRecordComponents()) {
            String name = component.getName().equals("neighbours") ? ComparableNeighbourhoods.NEIGHBOURS : component.getName();
            if (ANNOUNCED.contains(name) && !declared.contains(name)) {
                continue;
            }
            assertTrue(declared.contains(name), "we read '" + name + "' but " + producerFile + " declares " + declared);
        }
    }

    /** The component names of the first record declared in a Java source (annotations and generics skipped). */
    static List<String> components(String java) {
        String plain = java.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")
                .replaceAll("@\\w+(\\([^()]*\\))?", " ");
        int open = plain.indexOf('(', plain.indexOf(" record "));
        List<String> found = new java.util.ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (int i = open + 1; i < plain.length(); i++) {
            char c = plain.charAt(i);
            depth += c == '<' || c == '(' ? 1 : c == '>' || c == ')' ? -1 : 0;
            if (depth < 0 || (depth == 0 && c == ',')) {
                String[] words = part.toString().trim().split("\\s+");
                found.add(words[words.length - 1]);
                part.setLength(0);
                if (depth < 0) {
                    break;
                }
            } else {
                part.append(c);
            }
        }
        return found;
    }

    @Test
    void theSourceReaderFindsRecordComponents() {
        List<String> found = components("public record X(@Schema(description = \"a, b\") String code, List<Y> items,\n"
                + " @Schema(example = \"3\") Double distance) { static X of() {} }");
        assertTrue(found.equals(Arrays.asList("code", "items", "distance")), found.toString());
    }
}
