package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;
import nl.schaalsprong.verification.mapping.LearningBreakdownView;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The learning metrics per group (route, theme, gemeente, ...) as CSV: one row per group, the total last. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class LearningBreakdownCsv extends CsvAnswer<LearningBreakdownView> {

    public LearningBreakdownCsv() {
        super(LearningBreakdownView.class, null);
    }

    @Override
    protected String header(LearningBreakdownView breakdown) {
        return breakdown.by().name().toLowerCase(Locale.ROOT) + "," + LearningMetricsCsv.FIGURES;
    }

    @Override
    protected Stream<List<?>> rows(LearningBreakdownView breakdown) {
        return Stream.concat(breakdown.groups().stream().map(g -> row(g.key() == null ? "" : g.key(), g)),
                Stream.of(row("total", breakdown.total())));
    }

    private static List<?> row(String key, LearningBreakdownView.Group g) {
        return Arrays.asList(key, g.suggested(), g.accepted(), g.declined(), g.concluded(), g.confirmed(),
                g.notConfirmed(), g.inconclusive(), g.medianDaysToConclusion(), g.confirmationRate(),
                g.nullResultShare());
    }
}
