package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.Produces;
import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two buurten's comparison as CSV, the rows of the dashboard's per-dimension explanation chart: one row per
 * dimension, largest contribution first; value is the first buurt's, otherValue the second's.
 */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class NeighbourhoodPairCsv extends CsvAnswer<PairResponse> {

    static final String HEADER = "dimension,weight,distance,contribution,value,otherValue";

    public NeighbourhoodPairCsv() {
        super(PairResponse.class, HEADER);
    }

    @Override
    protected Stream<List<?>> rows(PairResponse answer) {
        List<ContributionResponse> contributions = answer.other().contributions();
        return (contributions == null ? List.<ContributionResponse>of() : contributions).stream()
                .map(c -> Arrays.asList(c.dimension(), c.weight(), c.distance(), c.contribution(), c.value(),
                        c.otherValue()));
    }
}
