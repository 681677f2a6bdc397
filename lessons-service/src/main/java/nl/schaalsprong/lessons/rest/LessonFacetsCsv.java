package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.lessons.mapping.LessonFacets;
import nl.schaalsprong.platform.csv.CsvAnswer;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The facet counts as CSV for spreadsheets and dashboard downloads: one row per facet value, facets in order. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class LessonFacetsCsv extends CsvAnswer<LessonFacets> {

    static final String HEADER = "facet,value,label,count";

    public LessonFacetsCsv() {
        super(LessonFacets.class, HEADER);
    }

    @Override
    protected Stream<List<?>> rows(LessonFacets found) {
        return found.facets().entrySet().stream().flatMap(facet -> facet.getValue().stream()
                .map(c -> Arrays.asList(facet.getKey(), c.value(), c.label(), c.count())));
    }
}
