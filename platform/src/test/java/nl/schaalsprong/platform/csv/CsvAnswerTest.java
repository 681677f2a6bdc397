package nl.schaalsprong.platform.csv;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvAnswerTest {

    record Counts(String by, List<String> names, List<Integer> counts) {
    }

    /** A grouped summary: its header names the grouping, as the services' summaries do. */
    static class CountsCsv extends CsvAnswer<Counts> {
        CountsCsv() {
            super(Counts.class, null);
        }

        @Override
        protected String header(Counts answer) {
            return answer.by() + ",count";
        }

        @Override
        protected Stream<List<?>> rows(Counts answer) {
            return Stream.iterate(0, i -> i < answer.names().size(), i -> i + 1)
                    .map(i -> Arrays.asList(answer.names().get(i), answer.counts().get(i)));
        }
    }

    @Test
    void writesTheHeaderThenOneCrlfRowPerItemQuotingWhatNeedsIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CountsCsv().writeTo(new Counts("proeftuin", Arrays.asList("'n Oaln Diek, Emmen", "Say \"hi\"", null),
                List.of(3, 2, 1)), Counts.class, Counts.class, null, null, null, out);

        assertEquals("proeftuin,count\r\n\"'n Oaln Diek, Emmen\",3\r\n\"Say \"\"hi\"\"\",2\r\n,1\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void writesOnlyItsOwnAnswer() {
        CountsCsv csv = new CountsCsv();
        assertTrue(csv.isWriteable(Counts.class, Counts.class, null, null));
        assertFalse(csv.isWriteable(String.class, String.class, null, null));
    }
}
