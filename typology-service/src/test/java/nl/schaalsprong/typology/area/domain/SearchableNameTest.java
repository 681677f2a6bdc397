package nl.schaalsprong.typology.area.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchableNameTest {

    @Test
    void everyFormOfTheArticleSIsOneName() {
        for (String written : new String[]{"'s-Hertogenbosch", "s-hertogenbosch", "'s Hertogenbosch",
                "’s-Hertogenbosch", "S-HERTOGENBOSCH", "Hertogenbosch", " hertogenbosch "}) {
            assertEquals("hertogenbosch", SearchableName.of(written), written);
        }
        assertEquals("gravenmoer", SearchableName.of("'s Gravenmoer"));
        assertEquals("zand", SearchableName.of("'t Zand"));
    }

    @Test
    void accentsCaseAndPunctuationAreIgnored() {
        assertEquals("sudwest fryslan", SearchableName.of("Súdwest-Fryslân"));
        assertEquals("paddepoel zuid", SearchableName.of("Paddepoel-Zuid"));
        assertEquals("bergen l", SearchableName.of("Bergen (L.)"));
        assertEquals("oud beijerland", SearchableName.of("Oud-Beijerland"));
    }

    @Test
    void anApostropheInsideAWordJoinsIt() {
        assertEquals("n oaln diek", SearchableName.of("'n Oaln Diek"));
        assertEquals("jans hof", SearchableName.of("Jan's Hof"));
    }

    @Test
    void aLoneArticleIsKeptRatherThanEmptied() {
        assertEquals("s", SearchableName.of("'s"));
        assertEquals("", SearchableName.of(null));
        assertEquals("", SearchableName.of(" - "));
    }
}
