package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.MalformedValueException;
import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static nl.schaalsprong.verification.subscription.domain.SubscribedEvent.COMPARABILITY_WEIGHTS_LEARNED;
import static nl.schaalsprong.verification.subscription.domain.SubscribedEvent.VERIFICATION_CONCLUDED;
import static nl.schaalsprong.verification.subscription.domain.SubscribedEvent.VERIFICATION_SUGGESTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which events a filter lets through: kinds, areas by the CBS code hierarchy, tags by family. */
class EventFilterTest {

    static final BuurtCode PADDEPOEL_ZUID = new BuurtCode("BU00141001");
    static final ApproachTag KEUKENTAFEL = new ApproachTag("participatie/keukentafelgesprekken");

    static EventFacts concludedIn(BuurtCode buurt, ApproachTag... tags) {
        return new EventFacts(VERIFICATION_CONCLUDED, Set.of(buurt), Set.of(tags));
    }

    static EventFilter areas(String... codes) {
        return new EventFilter(Set.of(), List.of(codes).stream().map(AreaCode::new).toList(), List.of());
    }

    @Test
    void anAreaContainsTheBuurtenUnderItsCode() {
        assertTrue(areas("GM0014").matches(concludedIn(PADDEPOEL_ZUID)), "the buurt's gemeente");
        assertTrue(areas("WK001410").matches(concludedIn(PADDEPOEL_ZUID)), "the buurt's wijk");
        assertTrue(areas("BU00141001").matches(concludedIn(PADDEPOEL_ZUID)), "the buurt itself");
        assertFalse(areas("BU00141002").matches(concludedIn(PADDEPOEL_ZUID)), "the buurt next door");
        assertFalse(areas("WK001411").matches(concludedIn(PADDEPOEL_ZUID)), "another wijk of the gemeente");
        assertFalse(areas("GM0363").matches(concludedIn(PADDEPOEL_ZUID)), "another gemeente");
        assertTrue(areas("GM0363", "WK001410").matches(concludedIn(PADDEPOEL_ZUID)), "any one of the areas");
    }

    @Test
    void aVerificationOfAWholeWijkOrGemeenteReachesItsGemeentesAndItsOwnSubscribersNotItsBuurten() {
        EventFacts wijk = new EventFacts(VERIFICATION_CONCLUDED, Set.of(), Set.of(new AreaCode("WK001410")), Set.of());
        EventFacts gemeente = new EventFacts(VERIFICATION_CONCLUDED, Set.of(), Set.of(new AreaCode("GM0014")),
                Set.of());
        assertTrue(areas("GM0014").matches(wijk), "a wijk of the gemeente");
        assertTrue(areas("GM0014").matches(gemeente), "the gemeente itself");
        assertTrue(areas("WK001410").matches(wijk), "the wijk itself");
        assertFalse(areas("WK001411").matches(wijk), "another wijk");
        assertFalse(areas("BU00141001").matches(wijk), "a buurt of the wijk: the wijk is more than the buurt");
        assertFalse(areas("WK001410").matches(gemeente), "a wijk of the gemeente: the gemeente is more");
        assertFalse(areas("GM0363").matches(gemeente), "another gemeente");
    }

    @Test
    void amsterdamsLetteredWijkCodesNestToo() {
        assertTrue(areas("WK0363AF").matches(concludedIn(new BuurtCode("BU0363AF03"))));
        assertFalse(areas("WK0363AG").matches(concludedIn(new BuurtCode("BU0363AF03"))));
    }

    @Test
    void kindsNarrowAndNoKindsMeansAll() {
        EventFilter concluded = new EventFilter(Set.of(VERIFICATION_CONCLUDED), List.of(), List.of());
        assertTrue(concluded.matches(concludedIn(PADDEPOEL_ZUID)));
        assertFalse(concluded.matches(new EventFacts(VERIFICATION_SUGGESTED, Set.of(PADDEPOEL_ZUID), Set.of())));
        assertTrue(new EventFilter(Set.of(), List.of(), List.of())
                .matches(new EventFacts(VERIFICATION_SUGGESTED, Set.of(PADDEPOEL_ZUID), Set.of())));
    }

    @Test
    void aFamilyCoversItsComponentsButNotTheOtherWayRound() {
        EventFilter family = new EventFilter(Set.of(), List.of(), List.of(new ApproachTag("participatie")));
        assertTrue(family.matches(concludedIn(PADDEPOEL_ZUID, KEUKENTAFEL)));
        assertFalse(family.matches(concludedIn(PADDEPOEL_ZUID, new ApproachTag("participatiefonds/lening"))),
                "a family is a whole path segment, not a prefix of letters");
        EventFilter component = new EventFilter(Set.of(), List.of(), List.of(KEUKENTAFEL));
        assertFalse(component.matches(concludedIn(PADDEPOEL_ZUID, new ApproachTag("participatie"))));
        assertFalse(component.matches(concludedIn(PADDEPOEL_ZUID)), "an event without tags");
    }

    @Test
    void areasAndTagsMustBothHoldWhenBothAreGiven() {
        EventFilter both = new EventFilter(Set.of(), List.of(new AreaCode("GM0014")), List.of(KEUKENTAFEL));
        assertTrue(both.matches(concludedIn(PADDEPOEL_ZUID, KEUKENTAFEL)));
        assertFalse(both.matches(concludedIn(PADDEPOEL_ZUID)));
        assertFalse(both.matches(concludedIn(new BuurtCode("BU03630105"), KEUKENTAFEL)));
    }

    @Test
    void anEventAboutNoBuurtReachesOnlyFiltersWithoutAreas() {
        EventFacts learned = new EventFacts(COMPARABILITY_WEIGHTS_LEARNED, Set.of(), Set.of());
        assertFalse(areas("GM0014").matches(learned));
        assertTrue(new EventFilter(Set.of(COMPARABILITY_WEIGHTS_LEARNED), List.of(), List.of()).matches(learned));
    }

    @Test
    void malformedAreaCodesAndTagsRefuseThemselves() {
        for (String bad : List.of("GM14", "WK0014100", "BU0014100", "XX001410", "gm0014", "", "G")) {
            assertThrows(MalformedValueException.class, () -> new AreaCode(bad), bad);
        }
        for (String bad : List.of("Participatie", "participatie/", "/x", "a/b/c", "met spatie", "")) {
            assertThrows(MalformedValueException.class, () -> new ApproachTag(bad), bad);
        }
    }

    @Test
    void filtersAreBoundedAndDeduplicated() {
        List<AreaCode> tooMany = IntStream.range(0, EventFilter.MAX_AREAS + 1)
                .mapToObj(i -> new AreaCode("BU0014%04d".formatted(i))).toList();
        assertThrows(RuleViolationException.class, () -> new EventFilter(Set.of(), tooMany, List.of()));
        EventFilter twice = new EventFilter(Set.of(), Collections.nCopies(3, new AreaCode("GM0014")), List.of());
        assertEquals(List.of(new AreaCode("GM0014")), twice.areas());
    }

    @Test
    void everyKindNamesTheCloudEventsTypeItsDeliveriesCarry() {
        assertEquals(VERIFICATION_CONCLUDED, SubscribedEvent.ofType("nl.schaalsprong.verification.concluded.v2").orElseThrow());
        assertTrue(SubscribedEvent.ofType("nl.schaalsprong.neighbourhood.changed.v1").isEmpty());
    }
}
