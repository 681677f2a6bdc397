package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

/**
 * Which components a gemeente asks about; each part null when not asked.
 *
 * @param theme        a theme code (lower case): a component one of whose lessons has the theme, or whose tag
 *                     family is it ({@code participatie/keukentafelgesprekken} is about participatie)
 * @param route        a scaling route one of its lessons speaks to
 * @param minimumLevel the weakest level wanted, in {@link LevelStrength}'s order (CONTESTED lowest)
 */
public record AdviceFilter(String theme, Route route, EvidenceLevel minimumLevel) {

    public static final AdviceFilter NONE = new AdviceFilter(null, null, null);

    public boolean admits(ComponentSummary component) {
        return (theme == null || component.themes().contains(theme) || component.family().equals(theme))
                && (route == null || component.routes().contains(route))
                && LevelStrength.atLeast(component.level(), minimumLevel);
    }
}
