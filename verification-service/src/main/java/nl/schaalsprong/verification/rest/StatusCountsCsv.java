package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.verification.mapping.StatusCountsView;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * A lesson's verifications by status as CSV, the rows of the dashboard's pie: status, outcome (empty but for
 * CONCLUDED), verifications. Statuses and outcomes are enum names, so no cell needs quoting.
 */
@Provider
@Produces(LearningMetricsCsv.TEXT_CSV)
public class StatusCountsCsv implements MessageBodyWriter<StatusCountsView> {

    static final String HEADER = "status,outcome,verifications";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == StatusCountsView.class;
    }

    @Override
    public void writeTo(StatusCountsView view, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.print(HEADER + "\r\n");
        view.counts().forEach(c -> csv.print(c.status() + "," + (c.outcome() == null ? "" : c.outcome()) + ","
                + c.verifications() + "\r\n"));
        csv.flush();
    }
}
