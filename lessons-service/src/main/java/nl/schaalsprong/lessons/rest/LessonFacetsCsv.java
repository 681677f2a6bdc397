package nl.schaalsprong.lessons.rest;

import nl.schaalsprong.platform.csv.CsvCell;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.lessons.mapping.LessonFacets;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** The facet counts as CSV for spreadsheets and dashboard downloads: one row per facet value, facets in order. */
@Provider
@Produces(LessonFacetsCsv.TEXT_CSV)
public class LessonFacetsCsv implements MessageBodyWriter<LessonFacets> {

    static final String TEXT_CSV = "text/csv";
    static final String HEADER = "facet,value,label,count";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == LessonFacets.class;
    }

    @Override
    public void writeTo(LessonFacets found, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.print(HEADER + "\r\n");
        found.facets().forEach((facet, counts) -> counts.forEach(c -> csv.print(
                facet + "," + CsvCell.of(c.value()) + "," + CsvCell.of(c.label()) + "," + c.count() + "\r\n")));
        csv.flush();
    }
}
