package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;
import nl.schaalsprong.verification.mapping.LearningMetricsView;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The learning metrics as CSV for spreadsheets and dashboard downloads: one row per month and the overall row last;
 * an unknown value is an empty cell.
 */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class LearningMetricsCsv extends CsvAnswer<LearningMetricsView> {

    /** The figures every learning row has, per month or per group (LearningBreakdownCsv). */
    static final String FIGURES = "suggested,accepted,declined,concluded,confirmed,notConfirmed,inconclusive,"
            + "medianDaysToConclusion,confirmationRate,nullResultShare";

    public LearningMetricsCsv() {
        super(LearningMetricsView.class, "month,lessonsTagged," + FIGURES + ",typologyTypesCovered,gemeentenCovered");
    }

    @Override
    protected Stream<List<?>> rows(LearningMetricsView metrics) {
        return Stream.concat(metrics.perMonth().stream(), Stream.of(metrics.overall())).map(f -> Arrays.asList(
                f.month() == null ? "overall" : f.month(), f.lessonsTagged(), f.suggested(), f.accepted(),
                f.declined(), f.concluded(), f.confirmed(), f.notConfirmed(), f.inconclusive(),
                f.medianDaysToConclusion(), f.confirmationRate(), f.nullResultShare(), f.typologyTypesCovered(),
                f.gemeentenCovered()));
    }
}
