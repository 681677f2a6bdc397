package nl.schaalsprong.verification.rest;

import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.verification.domain.DeclineReason;
import nl.schaalsprong.verification.domain.DeclineReasonKind;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decline request becomes a structured reason; the deprecated free-text reason alone still means OTHER. */
class DeclineRequestTest {

    private static final UUID BARRIER = UUID.fromString("7a1e0c9d-2b4f-4e6a-8c3d-5f9b1a2e4c70");

    @Test
    void theDeprecatedReasonAloneIsOtherWithItsText() {
        assertEquals(DeclineReason.other("De buurt zit al in een warmtenetproject"),
                new DeclineRequest(null, null, null, null, "De buurt zit al in een warmtenetproject").toReason());
    }

    @Test
    void aKindTakesWhatItNeeds() {
        assertEquals(new DeclineReason(DeclineReasonKind.DIMENSION_DIFFERS, "STEDELIJKHEID", null, "te stedelijk"),
                new DeclineRequest(DeclineReasonKind.DIMENSION_DIFFERS, "STEDELIJKHEID", null, "te stedelijk", null)
                        .toReason());
        assertEquals(new DeclineReason(DeclineReasonKind.BARRIER, null, BARRIER, null),
                new DeclineRequest(DeclineReasonKind.BARRIER, null, BARRIER, null, null).toReason());
        assertEquals(DeclineReason.other("iets anders"),
                new DeclineRequest(DeclineReasonKind.OTHER, null, null, null, "iets anders").toReason(),
                "with a kind, the deprecated reason is read as the text");
    }

    @Test
    void whatIsMissingIsNamed() {
        assertTrue(refused(new DeclineRequest(null, null, null, null, " ")).contains("kind"));
        assertTrue(refused(new DeclineRequest(DeclineReasonKind.DIMENSION_DIFFERS, null, null, null, null))
                .contains("dimension"));
        assertTrue(refused(new DeclineRequest(DeclineReasonKind.BARRIER, null, null, "de aanbesteding", null))
                .contains("barrierId"));
        assertTrue(refused(new DeclineRequest(DeclineReasonKind.OTHER, null, null, null, null)).contains("text"));
        assertTrue(refused(new DeclineRequest(null, "STEDELIJKHEID", null, null, "nee")).contains("kind"));
        assertTrue(refused(new DeclineRequest(DeclineReasonKind.OTHER, null, null, "nee", "ook nee")).contains("once"));
    }

    private static String refused(DeclineRequest request) {
        return assertThrows(MalformedValueException.class, request::toReason).getMessage();
    }
}
