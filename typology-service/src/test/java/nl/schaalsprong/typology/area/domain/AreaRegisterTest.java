package nl.schaalsprong.typology.area.domain;

import nl.schaalsprong.platform.cbs.InvalidCodeException;
import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.platform.domain.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AreaRegisterTest {

    private static final AreaRegister REGISTER = new AreaRegister(List.of(
            Area.gemeente("GM0014", "Groningen", 243_768L),
            Area.gemeente("GM0796", "'s-Hertogenbosch", 160_000L),
            Area.gemeente("GM0200", "Apeldoorn", 165_000L),
            Area.wijk("WK001410", "Noordwest", 12_000L),
            Area.wijk("WK079601", "Binnenstad", 9_000L),
            Area.wijk("WK020001", "Apeldoorn-Noordwest", 5_000L),
            Area.buurt("BU00141001", "Paddepoel-Zuid", 3_265L),
            Area.buurt("BU00141002", "Paddepoel-Noord", 4_000L),
            Area.buurt("BU00141003", "Groningen Noord", null),
            Area.buurt("BU07960101", "Binnenstad Groningen-kwartier", 100L),
            Area.buurt("BU02000101", "Stadsgroningen", 50L),
            Area.buurt("BU02000102", "Paddepoel", 10L)));

    private static List<String> codes(String q, AreaLevel level) {
        return REGISTER.search(new AreaQuery(q, level), 0, 20).hits().stream().map(h -> h.area().code()).toList();
    }

    @Test
    void rankExactThenPrefixThenWordPrefixThenContains() {
        assertEquals(List.of("GM0014", "BU00141003", "BU07960101", "BU02000101"), codes("groningen", null));
        List<AreaRegister.Hit> hits = REGISTER.search(new AreaQuery("groningen", null), 0, 20).hits();
        assertEquals(List.of(NameMatch.EXACT, NameMatch.PREFIX, NameMatch.WORD_PREFIX, NameMatch.CONTAINS),
                hits.stream().map(AreaRegister.Hit::match).toList());
    }

    @Test
    void atEqualMatchMoreInhabitantsFirst() {
        // "Paddepoel" is exact for BU02000102; both Groningen buurten start with it, the larger first.
        assertEquals(List.of("BU02000102", "BU00141002", "BU00141001"), codes("paddepoel", null));
    }

    @Test
    void findsTheHertogenboschWhicheverWayItIsWritten() {
        assertEquals(List.of("GM0796"), codes("s-hertogenbosch", null));
        assertEquals(List.of("GM0796"), codes("'s Hertogenbosch", AreaLevel.GEMEENTE));
        assertEquals(List.of("GM0796"), codes("HERTOGENBOSCH", null));
    }

    @Test
    void filtersByLevelAndFindsAWijkByCodeOrName() {
        assertEquals(List.of("BU00141003", "BU07960101", "BU02000101"), codes("groningen", AreaLevel.BUURT));
        assertEquals(List.of("WK001410"), codes("wk001410", null));
        assertEquals(List.of(), codes("groningen", AreaLevel.WIJK));
        assertEquals(List.of("WK001410", "WK020001"), codes("noordwest", null));
        assertEquals(List.of("WK079601"), codes("binnenstad", AreaLevel.WIJK));
    }

    @Test
    void pagesAreSlicesOfOneRankingWithTheTotal() {
        AreaRegister.Found second = REGISTER.search(new AreaQuery("groningen", null), 1, 3);
        assertEquals(4, second.total());
        assertEquals(List.of("BU02000101"), second.hits().stream().map(h -> h.area().code()).toList());
        assertEquals(List.of(), REGISTER.search(new AreaQuery("groningen", null), 5, 3).hits());
    }

    @Test
    void refusesQueriesTooShortTooLongOrWithoutLettersAndUnknownLevels() {
        assertThrows(MalformedValueException.class, () -> new AreaQuery("g", null));
        assertThrows(MalformedValueException.class, () -> new AreaQuery(" g ", null));
        assertThrows(MalformedValueException.class, () -> new AreaQuery(null, null));
        assertThrows(MalformedValueException.class, () -> new AreaQuery("x".repeat(101), null));
        assertThrows(MalformedValueException.class, () -> new AreaQuery("--", null));
        assertThrows(MalformedValueException.class, () -> AreaLevel.ofParameter("provincie"));
        assertEquals(AreaLevel.WIJK, AreaLevel.ofParameter("Wijk"));
    }

    @Test
    void knowsEachAreaWithItsParentsAndTellsUnknownFromMalformed() {
        Area buurt = REGISTER.get("BU00141001");
        assertEquals("WK001410", buurt.wijkCode());
        assertEquals("GM0014", buurt.gemeenteCode());
        assertEquals("Noordwest", REGISTER.get("WK001410").name());
        assertThrows(NotFoundException.class, () -> REGISTER.get("BU00149999"));
        assertThrows(InvalidCodeException.class, () -> REGISTER.get("BU0014"));
        assertThrows(MalformedValueException.class, () -> REGISTER.get("XX0014"));
    }

    @Test
    void aWijkAndAGemeenteListTheirBuurtenByNameAndABuurtHoldsNone() {
        assertEquals(List.of("BU00141003", "BU00141002", "BU00141001"),
                REGISTER.buurtenIn("WK001410").stream().map(Area::code).toList());
        assertEquals(List.of("BU02000102", "BU02000101"),
                REGISTER.buurtenIn("GM0200").stream().map(Area::code).toList());
        assertThrows(MalformedValueException.class, () -> REGISTER.buurtenIn("BU00141001"));
        assertThrows(NotFoundException.class, () -> REGISTER.buurtenIn("WK001499"));
    }

    @Test
    void everyLevelNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> Area.wijk("WK001410", null, 1L));
        assertThrows(IllegalArgumentException.class, () -> Area.wijk("WK0363AA", " ", 1L));
        assertThrows(IllegalArgumentException.class, () -> Area.gemeente("GM0014", null, 1L));
        assertThrows(IllegalArgumentException.class, () -> Area.buurt("BU00141001", "", 1L));
    }

    @Test
    void refusesAnAreaWhoseParentIsMissing() {
        assertThrows(IllegalArgumentException.class, () -> new AreaRegister(List.of(
                Area.gemeente("GM0014", "Groningen", 1L), Area.buurt("BU00141001", "Paddepoel-Zuid", 1L))));
    }
}
