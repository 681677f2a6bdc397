package nl.schaalsprong.platform.cbs;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AreaCodeTest {

    @Test
    void aBuurtKnowsItsWijkAndGemeenteFromItsDigits() {
        BuurtCode buurt = BuurtCode.of("BU01630408");
        assertEquals(WijkCode.of("WK016304"), buurt.wijk());
        assertEquals(GemeenteCode.of("GM0163"), buurt.gemeente());
        assertEquals(GemeenteCode.of("GM0163"), buurt.wijk().gemeente());
        assertEquals("BU01630408", buurt.toString());
    }

    @Test
    void amsterdamsWijkPartIsLetters() {
        BuurtCode buurt = BuurtCode.of("BU0363AF03");
        assertEquals(WijkCode.of("WK0363AF"), buurt.wijk());
        assertEquals(GemeenteCode.of("GM0363"), buurt.gemeente());
    }

    @Test
    void codesCompareAndOrderByValue() {
        assertEquals(BuurtCode.of("BU00000001"), new BuurtCode("BU00000001"));
        assertTrue(BuurtCode.of("BU00000001").compareTo(BuurtCode.of("BU00000002")) < 0);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "BU0163040", "BU016304081", "bu01630408", "BU0163040a", "BUAB630408", "BU0163-408", "WK01630408", " BU01630408",
            "BU01630408 ", "BU０1630408"})
    void malformedBuurtCodesAreRefused(String value) {
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> BuurtCode.of(value));
        assertTrue(e.getMessage().contains("buurt"), e.getMessage());
        assertEquals("Invalid area code", e.title());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "WK01630", "WK0163041", "GM016304", "wk016304", "WKAB6304", "WK0363af"})
    void malformedWijkCodesAreRefused(String value) {
        assertThrows(InvalidCodeException.class, () -> WijkCode.of(value));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "GM163", "GM01633", "WK0163", "gm0163"})
    void malformedGemeenteCodesAreRefused(String value) {
        assertThrows(InvalidCodeException.class, () -> GemeenteCode.of(value));
    }

    @Test
    void validWijkAndGemeenteCodes() {
        assertEquals("016304", WijkCode.of("WK016304").digits());
        assertEquals("0163", GemeenteCode.of("GM0163").digits());
    }
}
