package nl.schaalsprong.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The topics the stack creates are exactly those the services declare: no channel left to the broker's whim. */
class SuiteTopicsTest {

    private static final List<String> SERVICES = List.of("lessons-service", "typology-service", "verification-service");
    private static final Pattern ADDRESS = Pattern.compile("(?m)^\\s+address:\\s*(\\S+)\\s*$");
    /** Outside the test profile only: a %test. line names a test's own topic. */
    private static final Pattern DEAD_LETTER_TOPIC =
            Pattern.compile("(?m)^mp\\.messaging\\.incoming\\.[^.]+\\.dead-letter-queue\\.topic=(\\S+)\\s*$");

    @Test
    void theStackCreatesEveryDeclaredChannelAndDeadLetterTopic() throws IOException {
        Path root = ScrapedMetrics.observability().getParent().getParent();
        Set<String> declared = new TreeSet<>();
        for (String service : SERVICES) {
            Path resources = root.resolve(service).resolve("src/main/resources");
            all(ADDRESS, Files.readString(resources.resolve("META-INF/resources/asyncapi.yaml")), declared);
            all(DEAD_LETTER_TOPIC, Files.readString(resources.resolve("application.properties")), declared);
        }
        assertEquals(declared, new TreeSet<>(SuiteTopics.NAMES));
    }

    private static void all(Pattern pattern, String text, Set<String> into) {
        Matcher found = pattern.matcher(text);
        while (found.find()) {
            into.add(found.group(1));
        }
    }
}
