package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The success criteria a gemeente registers when it accepts a verification: at least one, each indicator once
 * (a result is matched to its criterion by indicator). An immutable list: once frozen it cannot be edited.
 */
public record SuccessCriteria(List<Criterion> criteria) {

    public SuccessCriteria {
        if (criteria == null || criteria.isEmpty()) {
            throw new RuleViolationException("accepting a verification needs at least one success criterion");
        }
        criteria = List.copyOf(criteria);
        Set<String> seen = new HashSet<>();
        for (Criterion criterion : criteria) {
            if (!seen.add(criterion.indicator())) {
                throw new RuleViolationException("indicator '" + criterion.indicator() + "' is listed twice");
            }
        }
    }

    public Set<String> indicators() {
        Set<String> indicators = new HashSet<>();
        criteria.forEach(c -> indicators.add(c.indicator()));
        return indicators;
    }
}
