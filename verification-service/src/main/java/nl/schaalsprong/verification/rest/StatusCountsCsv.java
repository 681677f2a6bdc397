package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;
import nl.schaalsprong.verification.mapping.StatusCountsView;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A lesson's verifications by status as CSV, the rows of the dashboard's pie: status, outcome (empty but for
 * CONCLUDED), verifications.
 */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class StatusCountsCsv extends CsvAnswer<StatusCountsView> {

    static final String HEADER = "status,outcome,verifications";

    public StatusCountsCsv() {
        super(StatusCountsView.class, HEADER);
    }

    @Override
    protected Stream<List<?>> rows(StatusCountsView view) {
        return view.counts().stream().map(c -> Arrays.asList(c.status(), c.outcome(), c.verifications()));
    }
}
