package nl.schaalsprong.verification.advice.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks components by how well their success is established for buurten of the area's type(s). Pure. In order:
 * <ol>
 *   <li>the layer read for this type: supported here (GENERIEK, MENU for this type) before still open (no layer
 *       yet, or a menu choice not tried here) before evidence against it here (SPECIFIEK elsewhere, or more of this
 *       type's buurten failing than confirming);</li>
 *   <li>the pooled evidence level, strongest first (CONTESTED last, see {@link LevelStrength});</li>
 *   <li>how sure the confirmations in this type are: the Wilson lower bound of this type's confirmation rate;</li>
 *   <li>how sure the confirmations overall are: the pooled rate's Wilson lower bound;</li>
 *   <li>the tag, so equal components come in a stable order and pages do not overlap.</li>
 * </ol>
 */
public final class AdviceRanking {

    static final Comparator<Standing> ORDER = Comparator.<Standing, LayerForType.Fit>comparing(Standing::fit)
            .thenComparing(s -> -LevelStrength.of(s.component().level()))
            .thenComparing(s -> -s.rateInThisType().lowerOrZero())
            .thenComparing(s -> -s.component().lowerBound())
            .thenComparing(s -> s.component().tag());

    private AdviceRanking() {
    }

    /** The components the filter admits, each read for {@code areaTypes}, best established first. */
    public static List<Standing> rank(List<ComponentSummary> components, List<String> areaTypes, AdviceFilter filter) {
        return components.stream().filter(filter::admits).map(c -> Standing.of(c, areaTypes)).sorted(ORDER).toList();
    }
}
