package nl.schaalsprong.lessons.domain.evidence;

import java.util.List;

/** Toevalsrisico: the success may rest on chance or on experiment conditions rather than on the approach. */
public record ChanceRisk(boolean flagged, List<String> reasons) {

    public static final ChanceRisk NONE = new ChanceRisk(false, List.of());

    public ChanceRisk {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
