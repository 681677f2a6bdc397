package nl.schaalsprong.lessons.service;

import nl.schaalsprong.lessons.config.KnownBuurtenConfig;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    private final KnownBuurtenConfig config;
    private final Clock clock;
    /** Codes typology confirmed, until when; bounded by the number of buurten CBS has. */
    private final Map<BuurtCode, Instant> confirmed = new ConcurrentHashMap<>();

    public OriginBuurten(TypologyGateway typology, KnownBuurtenConfig config, Clock clock) {
        this.typology = typology;
        this.config = config;
        this.clock = clock;
    }

    /** @throws RuleViolationException naming every code typology-service does not know */
    public List<BuurtCode> known(Collection<String> codes) {
        List<BuurtCode> buurten = codes.stream().distinct().map(BuurtCode::of).toList();
        List<String> unknown = buurten.stream().filter(code -> !knows(code)).map(BuurtCode::value).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("typology-service knows no buurt " + String.join(", ", unknown));
        }
        return buurten;
    }

    private boolean knows(BuurtCode code) {
        Instant now = clock.instant();
        Instant until = confirmed.get(code);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean known = typology.knows(code);
        if (known) {
            confirmed.put(code, now.plus(config.ttl()));
        }
        return known;
    }
}
