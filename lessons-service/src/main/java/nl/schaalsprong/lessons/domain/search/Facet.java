package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Theme;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.evidence.EvidenceLevel;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.InvalidCodeException;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The dimensions a search can be narrowed by, each named as its query parameter. A value is normalised to the
 * form the index stores; a value an enum facet does not know is rejected rather than silently matching nothing.
 */
public enum Facet {
    THEME("theme", v -> Theme.ofCode(v.strip().toLowerCase(java.util.Locale.ROOT)).code(), "participatie, financiering, techniek, ..."),
    ROUTE("route", v -> Route.valueOf(upper(v)).name(), names(Route.values())),
    LAYER("layer", v -> Layer.valueOf(upper(v)).name(), names(Layer.values())),
    /** Free: any tag may exist, so an unknown one simply matches nothing. */
    TAG("tag", v -> v.strip().toLowerCase(Locale.ROOT), null),
    PROEFTUIN("proeftuin", Facet::proeftuin, "a proeftuin id, e.g. groningen-paddepoel-en-selwerd"),
    GEMEENTE("gemeente", v -> new GemeenteCode(v.strip().toUpperCase(Locale.ROOT)).value(), "a CBS gemeente code, e.g. GM0014"),
    EVIDENCE("evidence", v -> EvidenceLevel.valueOf(upper(v)).name(), names(EvidenceLevel.values())),
    STATUS("status", v -> LessonStatus.valueOf(upper(v)).name(), names(LessonStatus.values()));

    private final String parameter;
    private final UnaryOperator<String> normaliser;
    private final String expected;

    Facet(String parameter, UnaryOperator<String> normaliser, String expected) {
        this.parameter = parameter;
        this.normaliser = normaliser;
        this.expected = expected;
    }

    /** The query parameter and the key of its counts in a result. */
    public String parameter() {
        return parameter;
    }

    /** @throws SearchRejectedException when the value is not one this facet knows */
    public String normalise(String value) {
        if (value == null || value.isBlank()) {
            throw new SearchRejectedException(parameter + " must not be empty");
        }
        try {
            return normaliser.apply(value);
        } catch (IllegalArgumentException | InvalidCodeException e) {
            throw new SearchRejectedException(parameter + " '" + value + "' is unknown; expected " + expected);
        }
    }

    private static String proeftuin(String value) {
        String slug = value.strip().toLowerCase(Locale.ROOT);
        if (!LessonDocument.PROEFTUIN.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a slug");
        }
        return slug;
    }

    private static String upper(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", Arrays.stream(values).map(Enum::name).toList());
    }
}
