package nl.schaalsprong.typology.area.service;

import nl.schaalsprong.typology.area.domain.Area;
import nl.schaalsprong.typology.area.domain.AreaLevel;
import nl.schaalsprong.typology.area.domain.AreaQuery;
import nl.schaalsprong.typology.area.domain.AreaRegister;
import nl.schaalsprong.typology.area.domain.NameMatch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The register as shipped: the real CBS files, read as at start-up. */
class ShippedAreasTest {

    private static final List<Area> AREAS = ShippedAreas.read();
    private static final AreaRegister REGISTER = new AreaRegister(AREAS);

    private static List<AreaRegister.Hit> hits(String q, AreaLevel level) {
        return REGISTER.search(new AreaQuery(q, level), 0, 20).hits();
    }

    @Test
    void everyWijkAndGemeenteOf2024IsThereWithItsName() {
        List<Area> wijken = AREAS.stream().filter(area -> area.level() == AreaLevel.WIJK).toList();
        assertEquals(3_393, wijken.size());
        assertEquals(342, AREAS.stream().filter(area -> area.level() == AreaLevel.GEMEENTE).count());
        assertTrue(wijken.stream().allMatch(wijk -> !wijk.name().isBlank()), "every wijk named");
        assertEquals("Noordwest", REGISTER.get("WK001410").name());
        assertEquals("Chassébuurt", REGISTER.get("WK0363EN").name());
        assertEquals("Appel, Driedorp, Kruishaar, Prinsenkamp en Slichtenhorst", REGISTER.get("WK026702").name(),
                "a quoted name with commas is read whole");
    }

    @Test
    void aWijkIsFoundByNameTheLargestExactMatchFirst() {
        // Five wijken are called "Noordwest"; Groningen's has the most inhabitants (19,600).
        List<AreaRegister.Hit> noordwest = hits("noordwest", null);
        assertEquals("WK001410", noordwest.get(0).area().code());
        assertEquals(NameMatch.EXACT, noordwest.get(0).match());
        assertEquals("GM0014", noordwest.get(0).area().gemeenteCode());
        assertEquals("WK001410", hits("NOORDWEST", AreaLevel.WIJK).get(0).area().code());
    }

    @Test
    void anAmsterdamWijkWithALetterCodeIsFoundByNameAndHoldsItsBuurten() {
        AreaRegister.Hit first = hits("Haarlemmerbuurt", null).get(0);
        assertEquals("WK0363AA", first.area().code());
        assertEquals(NameMatch.EXACT, first.match());
        assertEquals("Haarlemmerbuurt", REGISTER.get("WK0363AA").name());
        assertEquals("WK0363AA", REGISTER.get("BU0363AA05").wijkCode());
        assertFalse(REGISTER.buurtenIn("WK0363AA").isEmpty());
    }

    @Test
    void accentsAndTheArticleDoNotMatterForAWijkEither() {
        assertEquals("WK0363EN", hits("chassebuurt", AreaLevel.WIJK).get(0).area().code());
        // CBS writes this one without its apostrophe; "'s-Heerenbroek" and "heerenbroek" find it all the same.
        assertEquals("WK016608", hits("'s-Heerenbroek", AreaLevel.WIJK).get(0).area().code());
        assertEquals("WK016608", hits("heerenbroek", AreaLevel.WIJK).get(0).area().code());
    }
}
