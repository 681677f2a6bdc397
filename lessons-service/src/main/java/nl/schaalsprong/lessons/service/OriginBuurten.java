package nl.schaalsprong.lessons.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.lessons.client.TypologyGateway;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Collection;
import java.util.List;

/**
 * Checks buurt codes against typology-service, the register of CBS buurten: a code of the right form may still
 * name no buurt (a typo, or one CBS has since redrawn). Call it before touching the database, so no
 * connection is held while typology answers.
 */
@ApplicationScoped
public class OriginBuurten {

    private final TypologyGateway typology;

    public OriginBuurten(TypologyGateway typology) {
        this.typology = typology;
    }

    /** @throws RuleViolationException naming every code typology-service does not know */
    public List<BuurtCode> known(Collection<String> codes) {
        List<BuurtCode> buurten = codes.stream().distinct().map(BuurtCode::of).toList();
        List<String> unknown = buurten.stream().filter(code -> !typology.knows(code)).map(BuurtCode::value).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("typology-service knows no buurt " + String.join(", ", unknown));
        }
        return buurten;
    }
}
