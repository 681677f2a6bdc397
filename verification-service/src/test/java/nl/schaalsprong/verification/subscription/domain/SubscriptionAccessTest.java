package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.OutOfScopeException;
import nl.schaalsprong.verification.domain.Actor;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verifier subscribes to areas of its own gemeenten only; a steward to anything. */
class SubscriptionAccessTest {

    static final Actor GRONINGEN = new Actor("gemeente-groningen", false, Set.of(new GemeenteCode("GM0014")));
    static final Actor STEWARD = new Actor("klp", true, Set.of());

    static EventFilter areas(String... codes) {
        return new EventFilter(Set.of(), List.of(codes).stream().map(AreaCode::new).toList(), List.of());
    }

    @Test
    void aVerifierSubscribesToAreasOfItsGemeenten() {
        assertDoesNotThrow(() -> SubscriptionAccess.requireMaySubscribe(GRONINGEN, areas("GM0014", "WK001410", "BU00141002")));
        OutOfScopeException elsewhere = assertThrows(OutOfScopeException.class,
                () -> SubscriptionAccess.requireMaySubscribe(GRONINGEN, areas("WK001410", "BU03630105")));
        assertTrue(elsewhere.getMessage().contains("BU03630105 lies in GM0363"), elsewhere.getMessage());
        assertThrows(OutOfScopeException.class, () -> SubscriptionAccess.requireMaySubscribe(GRONINGEN, areas()),
                "without areas it would receive every gemeente's events");
    }

    @Test
    void aStewardSubscribesToAnything() {
        assertDoesNotThrow(() -> SubscriptionAccess.requireMaySubscribe(STEWARD, areas()));
        assertDoesNotThrow(() -> SubscriptionAccess.requireMaySubscribe(STEWARD, areas("GM0363")));
    }

    @Test
    void aVerifierSeesTheSubscriptionsItCouldHaveMade() {
        assertTrue(SubscriptionAccess.maySee(GRONINGEN, areas("WK001410")));
        assertFalse(SubscriptionAccess.maySee(GRONINGEN, areas()));
        assertFalse(SubscriptionAccess.maySee(GRONINGEN, areas("GM0014", "GM0363")));
        assertTrue(SubscriptionAccess.maySee(STEWARD, areas("GM0363")));
    }
}
