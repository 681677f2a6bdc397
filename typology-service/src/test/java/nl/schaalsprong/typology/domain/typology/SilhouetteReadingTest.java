package nl.schaalsprong.typology.domain.typology;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SilhouetteReadingTest {

    @Test
    void readsTheSilhouetteInKaufmanAndRousseeuwsBands() {
        assertEquals(SilhouetteReading.Band.NONE, SilhouetteReading.of(0.24).band(), "the default basis' k = 8 run");
        assertEquals(SilhouetteReading.Band.NONE, SilhouetteReading.of(0.25).band());
        assertEquals(SilhouetteReading.Band.WEAK, SilhouetteReading.of(0.26).band());
        assertEquals(SilhouetteReading.Band.WEAK, SilhouetteReading.of(0.50).band());
        assertEquals(SilhouetteReading.Band.REASONABLE, SilhouetteReading.of(0.51).band());
        assertEquals(SilhouetteReading.Band.STRONG, SilhouetteReading.of(0.71).band());
        assertEquals(SilhouetteReading.Band.NONE, SilhouetteReading.of(-0.3).band());
    }

    @Test
    void saysInPlainWordsHowFirmlyToReadTheTypes() {
        assertTrue(SilhouetteReading.of(0.24).note().startsWith("Geen duidelijke structuur"));
        assertTrue(SilhouetteReading.of(0.8).note().startsWith("Sterke structuur"));
        assertThrows(IllegalArgumentException.class, () -> SilhouetteReading.of(1.2));
        assertThrows(IllegalArgumentException.class, () -> SilhouetteReading.of(Double.NaN));
    }
}
