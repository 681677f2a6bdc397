package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;
import nl.schaalsprong.verification.mapping.LearnedWeightsView;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The learned model's dimensions as CSV, most important first: the columns of the dashboard's chart and interval. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class LearnedWeightsCsv extends CsvAnswer<LearnedWeightsView> {

    static final String HEADER = "dimension,importance,lower,upper,clearlyMatters,weight";

    public LearnedWeightsCsv() {
        super(LearnedWeightsView.class, HEADER);
    }

    @Override
    protected Stream<List<?>> rows(LearnedWeightsView weights) {
        return weights.dimensions().stream().map(d -> Arrays.asList(d.dimension(), d.importance(), d.lower(),
                d.upper(), d.clearlyMatters(), d.weight()));
    }
}
