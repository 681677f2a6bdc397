package nl.schaalsprong.typology.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import nl.schaalsprong.platform.csv.CsvAnswer;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** A typology's types as CSV, the columns of the dashboard's chart of type sizes: one row per type, type 1 first. */
@Provider
@Produces(CsvAnswer.TEXT_CSV)
public class TypologyTypesCsv extends CsvAnswer<List<TypologyTypeResponse>> {

    static final String HEADER = "number,name,label,size,medoidCode";

    public TypologyTypesCsv() {
        super(List.class, HEADER);
    }

    /** The answer is a bare list: only a list of types is ours to write. */
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return super.isWriteable(type, genericType, annotations, mediaType)
                && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] == TypologyTypeResponse.class;
    }

    @Override
    protected Stream<List<?>> rows(List<TypologyTypeResponse> types) {
        return types.stream().map(t -> Arrays.asList(t.number(), t.naming() == null ? null : t.naming().name(),
                t.label(), t.size(), t.medoidCode()));
    }
}
