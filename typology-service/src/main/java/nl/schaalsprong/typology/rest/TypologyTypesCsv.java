package nl.schaalsprong.typology.rest;

import nl.schaalsprong.platform.csv.CsvCell;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A typology's types as CSV, the columns of the dashboard's chart of type sizes: one row per type, type 1 first. */
@Provider
@Produces(ImportResource.TEXT_CSV)
public class TypologyTypesCsv implements MessageBodyWriter<List<TypologyTypeResponse>> {

    static final String HEADER = "number,name,label,size,medoidCode";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return List.class.isAssignableFrom(type) && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == TypologyTypeResponse.class;
    }

    @Override
    public void writeTo(List<TypologyTypeResponse> types, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.print(HEADER + "\r\n");
        types.forEach(t -> csv.print(t.number() + "," + CsvCell.of(t.naming() == null ? null
                : t.naming().name()) + "," + CsvCell.of(t.label()) + "," + t.size() + ","
                + t.medoidCode() + "\r\n"));
        csv.flush();
    }
}
