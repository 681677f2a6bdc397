package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A barrier's key: the same rule however it is spaced or capitalised, at the same level of government. */
class BarrierKeyTest {

    @Test
    void spacesAreCollapsedAndTheSpellingKept() {
        BarrierKey key = new BarrierKey(GovernmentLevel.RIJK, "  Warmtewet \t art.   2 ");
        assertEquals("Warmtewet art. 2", key.rule());
        assertEquals("warmtewet art. 2", key.matchText());
    }

    @Test
    void theSameRuleSpelledOtherwiseIsTheSameKey() {
        BarrierKey a = new BarrierKey(GovernmentLevel.RIJK, "Warmtewet art. 2");
        BarrierKey b = new BarrierKey(GovernmentLevel.RIJK, "WARMTEWET  art. 2");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void anotherLevelOrRuleIsAnotherKey() {
        BarrierKey rijk = new BarrierKey(GovernmentLevel.RIJK, "Warmtewet art. 2");
        assertNotEquals(rijk, new BarrierKey(GovernmentLevel.GEMEENTE, "Warmtewet art. 2"));
        assertNotEquals(rijk, new BarrierKey(GovernmentLevel.RIJK, "Warmtewet art. 3"));
    }

    @Test
    void fromAnExemptionAndABarrierSection() {
        assertEquals(new BarrierKey(GovernmentLevel.PROVINCIE, "Omgevingsverordening art. 4"),
                BarrierKey.of(new ExemptionSection("omgevingsverordening art. 4", GovernmentLevel.PROVINCIE)));
        assertEquals(new BarrierKey(GovernmentLevel.RIJK, "Warmtewet"),
                BarrierKey.of(new BarrierSection("Warmtenet mag niet verplicht", GovernmentLevel.RIJK, " Warmtewet")));
    }

    @Test
    void refusesNoLevelABlankRuleAndAnOverlongRule() {
        assertThrows(RuleViolationException.class, () -> new BarrierKey(null, "Warmtewet"));
        assertThrows(RuleViolationException.class, () -> new BarrierKey(GovernmentLevel.RIJK, " \n "));
        assertThrows(RuleViolationException.class, () -> new BarrierKey(GovernmentLevel.RIJK, null));
        assertThrows(RuleViolationException.class,
                () -> new BarrierKey(GovernmentLevel.RIJK, "x".repeat(BarrierKey.MAX_RULE + 1)));
    }
}
