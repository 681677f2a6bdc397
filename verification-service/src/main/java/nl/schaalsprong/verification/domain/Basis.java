package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

/** The comparability basis (name and version) a similarity was computed on, so it can be traced and repeated. */
public record Basis(String name, int version) {
    public Basis {
        if (name == null || name.isBlank() || version < 1) {
            throw new RuleViolationException("a comparability basis needs a name and a version >= 1");
        }
    }
}
