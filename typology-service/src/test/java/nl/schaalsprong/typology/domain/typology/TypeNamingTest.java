package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypeNamingTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-04T12:00:00Z");

    private static TypeNaming naming(String name, String description) {
        return new TypeNaming(name, description, "steward", NOW, 1);
    }

    @Test
    void aNameHasThreeToEightyCharactersAndADescriptionAtMostTwoThousand() {
        assertEquals("Naoorlogse stadswijken", naming("  Naoorlogse stadswijken ", null).name());
        assertNull(naming("Dorpen", "  ").description());
        assertThrows(RuleViolationException.class, () -> naming("ab", null));
        assertThrows(RuleViolationException.class, () -> naming("x".repeat(81), null));
        assertThrows(RuleViolationException.class, () -> naming("Dorpen", "x".repeat(2001)));
        assertThrows(IllegalArgumentException.class, () -> new TypeNaming("Dorpen", null, " ", NOW, 1));
    }

    @Test
    void twoTypesCannotShareANameButATypeMayKeepItsOwn() {
        TypeNaming dorpen = naming("Dorpen", null);
        assertThrows(RuleViolationException.class, () -> dorpen.requireDistinctFrom(2, Map.of(1, " dorpen")));
        assertDoesNotThrow(() -> dorpen.requireDistinctFrom(1, Map.of(1, "Dorpen", 3, "Steden")));
    }
}
