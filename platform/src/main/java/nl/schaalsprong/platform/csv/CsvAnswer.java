package nl.schaalsprong.platform.csv;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A JSON answer that also answers {@code Accept: text/csv}, for spreadsheets and the dashboard's chart downloads: one
 * header line, then one row per item of what the chart draws (RFC 4180, CRLF, UTF-8, every cell through
 * {@link CsvCell}). Written once for every service: a subclass names the answer's class, the header and the rows, and
 * is registered as a provider with {@code @Produces(CsvAnswer.TEXT_CSV)}.
 */
public abstract class CsvAnswer<T> implements MessageBodyWriter<T> {

    public static final String TEXT_CSV = "text/csv";

    private final Class<?> answer;
    private final String header;

    protected CsvAnswer(Class<?> answer, String header) {
        this.answer = answer;
        this.header = header;
    }

    /** The cells of each row, in the header's order; null is an empty cell. */
    protected abstract Stream<List<?>> rows(T answer);

    /** The header line; a summary grouped by a chosen key names that key in its first column. */
    protected String header(T answer) {
        return header;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return answer.isAssignableFrom(type);
    }

    @Override
    public void writeTo(T value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.print(header(value) + "\r\n");
        rows(value).forEach(row -> csv.print(row.stream().map(CsvAnswer::cell).collect(Collectors.joining(","))
                + "\r\n"));
        csv.flush();
    }

    /** Names may hold commas and quotes ('n Oaln Diek): quoted when they do (RFC 4180); null is an empty cell. */
    public static String cell(Object value) {
        return value == null ? "" : CsvCell.of(String.valueOf(value));
    }
}
