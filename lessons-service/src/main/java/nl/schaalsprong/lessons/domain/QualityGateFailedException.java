package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.List;
import java.util.stream.Collectors;

/** Publication refused: names every failed policy of the quality gate. */
public class QualityGateFailedException extends RuleViolationException {

    private final transient List<QualityPolicy> failed;

    public QualityGateFailedException(List<QualityPolicy> failed) {
        super("the lesson does not pass the quality gate; failed: "
                + failed.stream().map(QualityPolicy::name).collect(Collectors.joining(", ")));
        this.failed = List.copyOf(failed);
    }

    public List<QualityPolicy> failed() {
        return failed;
    }
}
