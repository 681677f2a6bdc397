package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.Produces;
import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** A buurt's comparable buurten as CSV, the rows of the dashboard's chart of neighbours: most similar first. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class ComparableNeighbourhoodsCsv extends CsvAnswer<ComparableNeighbourhoodsResponse> {

    static final String HEADER = "code,name,gemeenteName,similarity,comparedDimensions,missingWeight,differsMostOn,"
            + "proeftuin,typeNumber,typeLabel";

    public ComparableNeighbourhoodsCsv() {
        super(ComparableNeighbourhoodsResponse.class, HEADER);
    }

    @Override
    protected Stream<List<?>> rows(ComparableNeighbourhoodsResponse answer) {
        return answer.comparable().stream().map(b -> Arrays.asList(b.code(), b.name(), b.gemeenteName(),
                b.similarity(), b.comparedDimensions(), b.missingWeight(), b.differsMostOn(), b.proeftuin(),
                b.type() == null ? null : b.type().number(), b.type() == null ? null : b.type().label()));
    }
}
