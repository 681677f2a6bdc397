package nl.schaalsprong.verification.evidencesummary.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The evidence summary as CSV, the columns of the dashboard's chart: the key (route or layer; empty for the lessons
 * without one), the lessons and the five levels; the total last. Keys are enum names, so no cell needs quoting.
 */
@Provider
@Produces(EvidenceSummaryCsv.TEXT_CSV)
public class EvidenceSummaryCsv implements MessageBodyWriter<EvidenceSummaryView> {

    static final String TEXT_CSV = "text/csv";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == EvidenceSummaryView.class;
    }

    @Override
    public void writeTo(EvidenceSummaryView summary, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.print(summary.by().name().toLowerCase(Locale.ROOT)
                + ",lessons,ORIGIN_ONLY,INDICATIVE,REPLICATED,ESTABLISHED,CONTESTED\r\n");
        summary.groups().forEach(g -> csv.print(row(g.key() == null ? "" : g.key(), g)));
        csv.print(row("total", summary.total()));
        csv.flush();
    }

    private static String row(String key, EvidenceSummaryView.Group g) {
        return key + "," + g.lessons() + "," + g.originOnly() + "," + g.indicative() + "," + g.replicated() + ","
                + g.established() + "," + g.contested() + "\r\n";
    }
}
