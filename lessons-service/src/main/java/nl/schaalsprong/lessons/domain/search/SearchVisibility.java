package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.platform.security.Caller;
import nl.schaalsprong.platform.security.Roles;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A search as the caller may run it (see {@code LessonAccess}): drafts and lessons under review are found only by
 * stewards and, within their own proeftuinen, by contributors. Anyone else asking for them gets the published
 * statuses they asked for, or nothing, and no counts of unpublished lessons in the status facet.
 *
 * @param query                 the search to run; empty when nothing the caller asked for is visible to it
 * @param hideUnpublishedCounts whether the status facet must leave out DRAFT and IN_REVIEW
 */
public record SearchVisibility(Optional<SearchQuery> query, boolean hideUnpublishedCounts) {

    static final Set<String> UNPUBLISHED = Arrays.stream(LessonStatus.values()).filter(s -> !s.isPublic())
            .map(Enum::name).collect(Collectors.toUnmodifiableSet());

    public static SearchVisibility of(Caller caller, SearchQuery query) {
        if (caller.isSteward()) {
            return new SearchVisibility(Optional.of(query), false);
        }
        Set<String> statuses = query.values(Facet.STATUS);
        if (statuses.stream().noneMatch(UNPUBLISHED::contains)) {
            return new SearchVisibility(Optional.of(query), true);
        }
        if (caller.hasRole(Roles.CONTRIBUTOR) && !caller.pilots().isEmpty()) {
            Set<String> own = new TreeSet<>();
            caller.pilots().forEach(p -> own.add(Facet.PROEFTUIN.normalise(p)));
            Set<String> asked = query.values(Facet.PROEFTUIN);
            if (!asked.isEmpty()) {
                own.retainAll(asked);
            }
            return own.isEmpty() ? new SearchVisibility(Optional.empty(), true)
                    : new SearchVisibility(Optional.of(query.with(Facet.PROEFTUIN, own)), false);
        }
        Set<String> open = new TreeSet<>(statuses);
        open.removeAll(UNPUBLISHED);
        return open.isEmpty() ? new SearchVisibility(Optional.empty(), true)
                : new SearchVisibility(Optional.of(query.with(Facet.STATUS, open)), true);
    }

    /** Whether a status facet value may be shown with its count. */
    public boolean shows(String status) {
        return !hideUnpublishedCounts || !UNPUBLISHED.contains(status);
    }
}
