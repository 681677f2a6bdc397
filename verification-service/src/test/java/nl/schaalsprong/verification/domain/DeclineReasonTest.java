package nl.schaalsprong.verification.domain;

import nl.schaalsprong.platform.domain.MalformedValueException;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A structured "why not here" has what its kind needs, and nothing another kind needs. */
class DeclineReasonTest {

    private static final UUID BARRIER = UUID.fromString("7a1e0c9d-2b4f-4e6a-8c3d-5f9b1a2e4c70");

    @Test
    void aDimensionThatDiffersNamesADimensionKey() {
        DeclineReason reason = new DeclineReason(DeclineReasonKind.DIMENSION_DIFFERS, "STEDELIJKHEID", null, null);
        assertEquals("STEDELIJKHEID", reason.dimension());
        assertEquals("the buurt differs on STEDELIJKHEID", reason.summary());

        assertTrue(assertThrows(MalformedValueException.class,
                () -> new DeclineReason(DeclineReasonKind.DIMENSION_DIFFERS, null, null, "te stedelijk"))
                .getMessage().contains("dimension"));
        assertThrows(MalformedValueException.class,
                () -> new DeclineReason(DeclineReasonKind.DIMENSION_DIFFERS, "stedelijkheid", null, null));
        assertThrows(MalformedValueException.class,
                () -> new DeclineReason(DeclineReasonKind.NO_CAPACITY, "STEDELIJKHEID", null, null));
    }

    @Test
    void aBarrierNamesItsId() {
        DeclineReason reason = new DeclineReason(DeclineReasonKind.BARRIER, null, BARRIER, null);
        assertEquals("barrier " + BARRIER, reason.summary());

        assertTrue(assertThrows(MalformedValueException.class,
                () -> new DeclineReason(DeclineReasonKind.BARRIER, null, null, "de aanbesteding"))
                .getMessage().contains("barrierId"));
        assertThrows(MalformedValueException.class,
                () -> new DeclineReason(DeclineReasonKind.OTHER, null, BARRIER, "iets anders"));
    }

    @Test
    void otherIsSaidInWordsAndWordsMayAccompanyAnyKind() {
        assertTrue(assertThrows(MalformedValueException.class,
                () -> new DeclineReason(DeclineReasonKind.OTHER, null, null, "  ")).getMessage().contains("text"));
        assertEquals("De buurt zit al in een warmtenetproject",
                DeclineReason.other("  De buurt zit al in een warmtenetproject ").summary());

        DeclineReason withWords = new DeclineReason(DeclineReasonKind.NO_CAPACITY, null, null, "Pas na 2028");
        assertEquals("Pas na 2028", withWords.summary(), "the words given are the reason in words");
        DeclineReason without = new DeclineReason(DeclineReasonKind.APPROACH_ALREADY_CHOSEN, null, null, " ");
        assertNull(without.text(), "blank words are no words");
        assertEquals("an approach has already been chosen", without.summary());
    }

    @Test
    void theWordsAreBounded() {
        String longest = "x".repeat(DeclineReason.MAX_TEXT);
        assertEquals(longest, DeclineReason.other(longest).text());
        assertThrows(MalformedValueException.class, () -> DeclineReason.other(longest + "x"));
        assertThrows(NullPointerException.class, () -> new DeclineReason(null, null, null, "geen soort"));
    }
}
