package nl.schaalsprong.platform.edge;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ControlCharactersTest {

    @Test
    void textMayBreakLinesButHoldsNoOtherControlCharacter() {
        assertEquals(OptionalInt.empty(), ControlCharacters.inText("regel een\nregel\ttwee\r\n"));
        assertEquals(OptionalInt.of(3), ControlCharacters.inText("abc\u0000def"));
        assertEquals(OptionalInt.of(0), ControlCharacters.inText("\u007F"));
        assertEquals(OptionalInt.of(1), ControlCharacters.inText("a\u0085"));
        assertEquals(OptionalInt.empty(), ControlCharacters.inText("aardgasvrij é ✓"));
    }

    @Test
    void namesAndParametersHoldNoControlCharacterAtAll() {
        assertEquals(OptionalInt.of(1), ControlCharacters.inName("a\nb"));
        assertEquals(OptionalInt.of(1), ControlCharacters.inName("a\tb"));
        assertEquals(OptionalInt.empty(), ControlCharacters.inName("groningen-paddepoel-en-selwerd"));
        assertEquals("U+0000", ControlCharacters.describe('\u0000'));
        assertEquals("U+001B", ControlCharacters.describe('\u001B'));
    }
}
