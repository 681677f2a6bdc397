package nl.schaalsprong.lessons.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.lessons.mapping.BarrierSummaryView;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The barrier summary as CSV, the columns of the dashboard's charts: the key and its count, the total last. */
@Provider
@Produces(LessonFacetsCsv.TEXT_CSV)
public class BarrierSummaryCsv implements MessageBodyWriter<BarrierSummaryView> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == BarrierSummaryView.class;
    }

    /** Keys are enum names and months: no cell needs quoting. */
    @Override
    public void writeTo(BarrierSummaryView summary, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.print(summary.by().name().toLowerCase(Locale.ROOT) + ",barriers\r\n");
        summary.groups().forEach(g -> csv.print(g.key() + "," + g.barriers() + "\r\n"));
        csv.print("total," + summary.total() + "\r\n");
        csv.flush();
    }
}
