package nl.schaalsprong.verification.domain.evidence;

import java.util.List;

/** Toevalsrisico: whether the success may rest on chance or on experiment conditions, and why. */
public record ChanceRisk(boolean flagged, List<String> reasons) {
    public ChanceRisk {
        reasons = List.copyOf(reasons);
    }
}
