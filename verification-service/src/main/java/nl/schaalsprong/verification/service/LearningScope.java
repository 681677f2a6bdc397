package nl.schaalsprong.verification.service;

import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.verification.domain.Route;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which part of the programme the learning metrics are about: a period of months (UTC, both ends included, either
 * open), a theme (the family of a lesson's tags, {@code participatie} of {@code participatie/keukentafelgesprekken}),
 * a route the lesson speaks to, a gemeente. Everything not given is not filtered on.
 */
public record LearningScope(YearMonth from, YearMonth to, String theme, Route route, String gemeente) {

    /** A KLP dashboard asks for a few years at most; a longer closed period would be mostly zeros. */
    public static final int MAX_MONTHS = 240;
    public static final LearningScope EVERYTHING = new LearningScope(null, null, null, null, null);

    public LearningScope {
        if (from != null && to != null && from.isAfter(to)) {
            throw new MalformedValueException("from (" + from + ") must not be after to (" + to + ")");
        }
        if (from != null && to != null && months(from, to).size() > MAX_MONTHS) {
            throw new MalformedValueException("a period of at most " + MAX_MONTHS + " months, not from " + from
                    + " to " + to);
        }
    }

    /** Every month of the period, oldest first; empty when either end is open. */
    public List<String> months() {
        return from == null || to == null ? List.of() : months(from, to);
    }

    private static List<String> months(YearMonth from, YearMonth to) {
        return Stream.iterate(from, m -> !m.isAfter(to) && !m.isAfter(from.plusMonths(MAX_MONTHS)), m -> m.plusMonths(1))
                .map(YearMonth::toString).toList();
    }

    /** The SQL condition on a verification row {@code v} (its lesson through the lesson and lesson_tag tables). */
    String conditions() {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (gemeente != null) {
            conditions.add("v.target_gemeente_code = :gemeente");
        }
        conditions.addAll(lessonFilters("v.lesson_id"));
        return String.join(" and ", conditions);
    }

    /** The SQL condition on a lesson_tag row: gemeente through where the lesson was learned. */
    String lessonConditions(String tagAlias) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (theme != null) {
            conditions.add("split_part(" + tagAlias + ".tag, '/', 1) = :theme");
        }
        if (route != null) {
            conditions.add("exists (select 1 from lesson l where l.id = " + tagAlias
                    + ".lesson_id and l.routes @> jsonb_build_array(cast(:route as text)))");
        }
        if (gemeente != null) {
            // A buurt code is BU + the gemeente's four digits + four more.
            conditions.add("exists (select 1 from lesson l, jsonb_array_elements_text(l.origin_buurt_codes) b(code)"
                    + " where l.id = " + tagAlias + ".lesson_id and substr(b.code, 3, 4) = substr(:gemeente, 3, 4))");
        }
        return String.join(" and ", conditions);
    }

    private List<String> lessonFilters(String lessonId) {
        List<String> conditions = new ArrayList<>();
        if (theme != null) {
            conditions.add("exists (select 1 from lesson_tag t where t.lesson_id = " + lessonId
                    + " and split_part(t.tag, '/', 1) = :theme)");
        }
        if (route != null) {
            conditions.add("exists (select 1 from lesson l where l.id = " + lessonId
                    + " and l.routes @> jsonb_build_array(cast(:route as text)))");
        }
        return conditions;
    }

    /** The SQL condition that a month column ("YYYY-MM") lies in the period. */
    String period(String monthColumn) {
        List<String> conditions = new ArrayList<>(List.of("true"));
        if (from != null) {
            conditions.add(monthColumn + " >= :from");
        }
        if (to != null) {
            conditions.add(monthColumn + " <= :to");
        }
        return String.join(" and ", conditions);
    }

    /** The named parameters the conditions use. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (from != null) {
            parameters.put("from", from.toString());
        }
        if (to != null) {
            parameters.put("to", to.toString());
        }
        if (theme != null) {
            parameters.put("theme", theme);
        }
        if (route != null) {
            parameters.put("route", route.name());
        }
        if (gemeente != null) {
            parameters.put("gemeente", gemeente);
        }
        return parameters;
    }
}
