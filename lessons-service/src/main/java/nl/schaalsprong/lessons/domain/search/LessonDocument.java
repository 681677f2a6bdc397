package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Theme;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What the search index holds of one lesson: its texts (weighted title > lesson and recommendation > context and
 * module) and its facets. The evidence level is not part of it: that is verification-service's word, kept by
 * the index from the evidence read model, so re-indexing a lesson never resets it.
 *
 * @param proeftuinId   the slug of the proeftuin it was learned in ({@code groningen-paddepoel-en-selwerd}); null
 *                      with {@code proeftuinName} for a lesson without one
 * @param claimedLayer  the layer the lesson claims for itself; null when it claims none
 * @param publishedAt   null until it is first published
 */
public record LessonDocument(UUID lessonId, LessonStatus status, String title, String lesson,
                             String recommendation, String context, String module, Set<Theme> themes,
                             Set<Route> routes, Layer claimedLayer, Set<String> tags, String proeftuinId,
                             String proeftuinName, GemeenteCode gemeente, List<BuurtCode> originBuurten,
                             OffsetDateTime updatedAt, OffsetDateTime publishedAt) {

    /** Same form as a lesson tag: "theme/component" or a word, lower case. */
    /** A proeftuin's id is the slug of its gemeente and wijk. */
    public static final Pattern PROEFTUIN = Pattern.compile("[a-z0-9][a-z0-9-]{0,126}");

    private static final Pattern TAG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}(/[a-z0-9][a-z0-9-]{0,62})?");

    public LessonDocument {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (title == null || title.isBlank()) {
            throw new RuleViolationException("an indexed lesson needs a title");
        }
        // A draft may not have its lesson text yet; the quality gate requires it before publication.
        lesson = Objects.requireNonNullElse(lesson, "");
        recommendation = Objects.requireNonNullElse(recommendation, "");
        context = Objects.requireNonNullElse(context, "");
        module = Objects.requireNonNullElse(module, "");
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        routes = routes == null ? Set.of() : Set.copyOf(routes);
        tags = tags == null ? Set.of() : Set.copyOf(tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList());
        for (String tag : tags) {
            if (!TAG.matcher(tag).matches()) {
                throw new RuleViolationException("tag '" + tag + "' must look like 'theme/component' or 'word'");
            }
        }
        if ((proeftuinId == null) != (proeftuinName == null || proeftuinName.isBlank())) {
            throw new RuleViolationException("a proeftuin needs both its id and its name");
        }
        if (proeftuinId != null && !PROEFTUIN.matcher(proeftuinId).matches()) {
            throw new RuleViolationException("proeftuin id '" + proeftuinId + "' is not a slug");
        }
        originBuurten = originBuurten == null ? List.of() : List.copyOf(originBuurten);
        if (originBuurten.stream().distinct().count() != originBuurten.size()) {
            throw new RuleViolationException("origin buurten must be distinct");
        }
        if (status == LessonStatus.PUBLISHED && publishedAt == null) {
            throw new RuleViolationException("a published lesson has a publication time");
        }
    }
}
