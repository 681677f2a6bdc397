package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.lessons.mapping.BarrierSummaryView;
import nl.schaalsprong.platform.csv.CsvAnswer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The barrier summary as CSV, the columns of the dashboard's charts: the key and its count, the total last. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class BarrierSummaryCsv extends CsvAnswer<BarrierSummaryView> {

    public BarrierSummaryCsv() {
        super(BarrierSummaryView.class, null);
    }

    @Override
    protected String header(BarrierSummaryView summary) {
        return summary.by().name().toLowerCase(Locale.ROOT) + ",barriers";
    }

    @Override
    protected Stream<List<?>> rows(BarrierSummaryView summary) {
        return Stream.concat(summary.groups().stream().map(g -> Arrays.asList(g.key(), g.barriers())),
                Stream.of(List.of("total", summary.total())));
    }
}
