package nl.schaalsprong.verification.domain.evidence;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One published rule: a name, what it decides ({@code yields}: an evidence level, a layer or the chance flag),
 * a description in Dutch and English and the thresholds it turns on, as served by
 * {@code GET /api/v1/evidence-rules}, and a pure check.
 */
public record EvidenceRule(String name, Kind kind, String yields, String descriptionNl, String descriptionEn,
                           List<Threshold> thresholds, Function<VerificationHistory, Verdict> check) {

    /** What a rule decides. */
    public enum Kind {
        LEVEL,
        LAYER,
        CHANCE
    }

    public EvidenceRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(yields, "yields");
        Objects.requireNonNull(check, "check");
        thresholds = List.copyOf(thresholds);
    }

    public Verdict apply(VerificationHistory history) {
        return check.apply(history);
    }
}
