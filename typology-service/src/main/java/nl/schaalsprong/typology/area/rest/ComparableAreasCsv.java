package nl.schaalsprong.typology.area.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** A wijk's or gemeente's comparable areas as CSV, the rows of the dashboard's chart of neighbours. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class ComparableAreasCsv extends CsvAnswer<ComparableAreasResponse> {

    static final String HEADER = "code,name,gemeenteCode,gemeenteName,inhabitants,similarity,comparedDimensions,"
            + "missingWeight,differsMostOn,proeftuin,proeftuinBuurten";

    public ComparableAreasCsv() {
        super(ComparableAreasResponse.class, HEADER);
    }

    @Override
    protected Stream<List<?>> rows(ComparableAreasResponse answer) {
        return answer.comparable().stream().map(a -> Arrays.asList(a.code(), a.name(),
                a.gemeente() == null ? null : a.gemeente().code(), a.gemeente() == null ? null : a.gemeente().name(),
                a.inhabitants(), a.similarity(), a.comparedDimensions(), a.missingWeight(), a.differsMostOn(),
                a.proeftuin(), a.proeftuinBuurten()));
    }
}
