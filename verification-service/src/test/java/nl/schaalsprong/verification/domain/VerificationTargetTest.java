package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A verification's target: a code of its own level, its gemeente derived from the code. */
class VerificationTargetTest {

    @Test
    void eachLevelTakesOnlyCodesOfThatLevel() {
        assertThrows(RuleViolationException.class, () -> new VerificationTarget(TargetLevel.WIJK, "BU03630105"));
        assertThrows(RuleViolationException.class, () -> new VerificationTarget(TargetLevel.BUURT, "WK036301"));
        assertThrows(RuleViolationException.class, () -> new VerificationTarget(TargetLevel.GEMEENTE, "WK036301"));
        assertThrows(RuleViolationException.class, () -> new VerificationTarget(TargetLevel.GEMEENTE, null));
        assertThrows(RuleViolationException.class, () -> new VerificationTarget(null, "GM0363"));
    }

    @Test
    void theGemeenteIsDerivedFromTheCodeAndAGemeenteIsItsOwn() {
        assertEquals(GemeenteCode.of("GM0363"), new VerificationTarget(TargetLevel.BUURT, "BU0363AF03").gemeente());
        assertEquals(GemeenteCode.of("GM0363"), new VerificationTarget(TargetLevel.WIJK, "WK0363AF").gemeente());
        assertEquals(GemeenteCode.of("GM0014"), new VerificationTarget(TargetLevel.GEMEENTE, "GM0014").gemeente());
        assertTrue(new VerificationTarget(TargetLevel.WIJK, "WK001410").liesIn(GemeenteCode.of("GM0014")));
        assertFalse(new VerificationTarget(TargetLevel.WIJK, "WK001410").liesIn(GemeenteCode.of("GM0363")));
    }

    @Test
    void onlyABuurtTargetHasABuurt() {
        assertEquals(Optional.of(new BuurtCode("BU03630105")), VerificationTarget.of(new BuurtCode("BU03630105")).buurt());
        assertEquals(Optional.empty(), new VerificationTarget(TargetLevel.WIJK, "WK036301").buurt());
    }

    @Test
    void theAreaOfALevelThatABuurtLiesIn() {
        BuurtCode buurt = new BuurtCode("BU03630105");
        assertEquals(new VerificationTarget(TargetLevel.BUURT, "BU03630105"), TargetLevel.BUURT.areaOf(buurt));
        assertEquals(new VerificationTarget(TargetLevel.WIJK, "WK036301"), TargetLevel.WIJK.areaOf(buurt));
        assertEquals(new VerificationTarget(TargetLevel.GEMEENTE, "GM0363"), TargetLevel.GEMEENTE.areaOf(buurt));
    }
}
