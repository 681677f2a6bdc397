package nl.schaalsprong.verification.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.verification.mapping.LearnedWeightsView;
import nl.schaalsprong.verification.mapping.LearningBreakdownView;
import nl.schaalsprong.verification.mapping.LearningMetricsView;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The learning metrics as CSV for spreadsheets and dashboard downloads: a header, one row per month (or group), and
 * the overall (total) row last; an unknown value is an empty cell. The learned weights: one row per dimension.
 */
@Provider
@Produces(LearningMetricsCsv.TEXT_CSV)
public class LearningMetricsCsv implements MessageBodyWriter<Object> {

    static final String TEXT_CSV = "text/csv";
    /** The learned model's dimensions, most important first: the columns of the dashboard's chart and its interval. */
    static final String WEIGHTS = "dimension,importance,lower,upper,clearlyMatters,weight";
    private static final String FIGURES = "suggested,accepted,declined,concluded,confirmed,notConfirmed,inconclusive,"
            + "medianDaysToConclusion,confirmationRate,nullResultShare";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == LearningMetricsView.class || type == LearningBreakdownView.class
                || type == LearnedWeightsView.class;
    }

    @Override
    public void writeTo(Object view, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        PrintWriter csv = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (view instanceof LearningMetricsView metrics) {
            csv.print("month,lessonsTagged," + FIGURES + ",typologyTypesCovered,gemeentenCovered\r\n");
            Stream.concat(metrics.perMonth().stream(), Stream.of(metrics.overall())).forEach(f -> csv.print(row(
                    f.month() == null ? "overall" : f.month(), f.lessonsTagged(), f.suggested(), f.accepted(),
                    f.declined(), f.concluded(), f.confirmed(), f.notConfirmed(), f.inconclusive(),
                    f.medianDaysToConclusion(), f.confirmationRate(), f.nullResultShare(), f.typologyTypesCovered(),
                    f.gemeentenCovered())));
        } else if (view instanceof LearningBreakdownView breakdown) {
            csv.print(breakdown.by().name().toLowerCase(java.util.Locale.ROOT) + "," + FIGURES + "\r\n");
            breakdown.groups().forEach(g -> csv.print(group(g.key() == null ? "" : g.key(), g)));
            csv.print(group("total", breakdown.total()));
        } else if (view instanceof LearnedWeightsView weights) {
            csv.print(WEIGHTS + "\r\n");
            weights.dimensions().forEach(d -> csv.print(row(d.dimension(), d.importance(), d.lower(), d.upper(),
                    d.clearlyMatters(), d.weight())));
        }
        csv.flush();
    }

    private static String group(String key, LearningBreakdownView.Group g) {
        return row(key, g.suggested(), g.accepted(), g.declined(), g.concluded(), g.confirmed(), g.notConfirmed(),
                g.inconclusive(), g.medianDaysToConclusion(), g.confirmationRate(), g.nullResultShare());
    }

    /** Keys are codes, routes, themes and months: none holds a comma or a quote, so no cell needs quoting. */
    private static String row(Object... cells) {
        return java.util.Arrays.stream(cells).map(c -> Objects.toString(c, "")).collect(Collectors.joining(",")) + "\r\n";
    }
}
