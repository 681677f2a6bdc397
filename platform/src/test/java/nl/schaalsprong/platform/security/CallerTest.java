package nl.schaalsprong.platform.security;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerTest {

    @Test
    void aContributorWritesOnlyForItsPilotsAndAStewardForAll() {
        Caller contributor = new Caller("c", Set.of(Roles.CONTRIBUTOR), Set.of("katwijk"), Set.of());
        assertTrue(contributor.writesFor("katwijk"));
        assertFalse(contributor.writesFor("hengelo"));
        assertFalse(contributor.writesFor(null));
        Caller steward = new Caller("s", Set.of(Roles.STEWARD), Set.of(), Set.of());
        assertTrue(steward.writesFor("hengelo"));
        Caller verifier = new Caller("v", Set.of(Roles.VERIFIER), Set.of("katwijk"), Set.of());
        assertFalse(verifier.writesFor("katwijk"), "a pilots claim without the contributor role writes nothing");
        assertTrue(Caller.anonymous().isAnonymous());
        assertFalse(Caller.anonymous().writesFor("katwijk"));
    }
}
