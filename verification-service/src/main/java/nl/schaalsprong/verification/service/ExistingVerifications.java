package nl.schaalsprong.verification.service;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.TargetLevel;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationStatus;
import nl.schaalsprong.verification.domain.VerificationTarget;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A lesson's verifications as the suggestion policy sees them: the areas (buurten, wijken, gemeenten) that have one, whatever its status,
 * how many still count towards K (all but the declined ones), and how many speak for each single component
 * (CIRCULATIE, {@link nl.schaalsprong.verification.domain.ComponentsToVerify}).
 */
record ExistingVerifications(Set<VerificationTarget> areas, int open, Map<String, Long> perComponent) {

    /** The buurten that have a verification of the lesson (buurt-level targets only). */
    Set<BuurtCode> targets() {
        return areas.stream().flatMap(area -> area.buurt().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Needs a transaction. Reads the two columns the policy needs, not whole verifications: this runs twice for
     * every tagged lesson, and managed entities with their jsonb columns would be parsed and dirty-checked.
     */
    static ExistingVerifications of(UUID lessonId) {
        List<Object[]> rows = Verification.getEntityManager().createQuery(
                        "select v.targetLevel, v.targetAreaCode, v.status, v.component from Verification v"
                                + " where v.lessonId = :lesson",
                        Object[].class)
                .setParameter("lesson", lessonId).getResultList();
        Set<VerificationTarget> targets = new HashSet<>();
        Map<String, Long> perComponent = new HashMap<>();
        int open = 0;
        for (Object[] row : rows) {
            targets.add(new VerificationTarget((TargetLevel) row[0], (String) row[1]));
            open += row[2] == VerificationStatus.DECLINED ? 0 : 1;
            if (row[3] != null) {
                perComponent.merge((String) row[3], 1L, Long::sum);
            }
        }
        return new ExistingVerifications(Set.copyOf(targets), open, Map.copyOf(perComponent));
    }
}
