package nl.schaalsprong.lessons.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ValueObjectsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void rightscalingAppliesWithinItsOwnRange() {
        new Rightscaling(Scale.BUURT, Scale.BUURT, Scale.BUURT);
        new Rightscaling(Scale.GEBOUW, Scale.GEBOUW, Scale.NATIONAAL);
        assertThrows(RuleViolationException.class, () -> new Rightscaling(Scale.GEMEENTE, Scale.STRAAT, Scale.WIJK));
        assertThrows(RuleViolationException.class, () -> new Rightscaling(Scale.GEBOUW, Scale.STRAAT, Scale.WIJK));
        assertThrows(RuleViolationException.class, () -> new Rightscaling(Scale.BUURT, Scale.WIJK, Scale.STRAAT));
    }

    @Test
    void contentIsNormalisedSoEqualContentsCompareEqual() {
        LessonContent content = new LessonContent(" Titel ", null, null, null, null, null, null, null, " p ",
                List.of("BU00140000", "BU00140000"), List.of(Theme.TECHNIEK, Theme.PARTICIPATIE, Theme.TECHNIEK), null,
                null, null, null, null, null, null);
        assertEquals("Titel", content.title());
        assertEquals("p", content.proeftuinId());
        assertEquals(List.of("BU00140000"), content.originBuurtCodes());
        assertEquals(List.of(Theme.PARTICIPATIE, Theme.TECHNIEK), content.themes());
        assertEquals(List.of(), content.routes());
    }

    @Test
    void barrierStatusMovesOneStepAtATime() {
        assertTrue(BarrierStatus.GESIGNALEERD.mayMoveTo(BarrierStatus.GEAGENDEERD));
        assertTrue(BarrierStatus.GEAGENDEERD.mayMoveTo(BarrierStatus.OPGELOST));
        for (BarrierStatus from : BarrierStatus.values()) {
            for (BarrierStatus to : BarrierStatus.values()) {
                assertEquals(to.ordinal() == from.ordinal() + 1, from.mayMoveTo(to), from + " -> " + to);
            }
        }
    }

    @Test
    void aBarrierRefusesAnIllegalMoveNamingFromAndTo() {
        Lesson lesson = Lesson.draft(Contents.complete(), NOW);
        Barrier barrier = Barrier.signalledBy(lesson, new BarrierSection("x", GovernmentLevel.RIJK, "Warmtewet"), "a", NOW);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> barrier.moveTo(BarrierStatus.OPGELOST, "b", NOW));
        assertTrue(refused.getMessage().contains("from GESIGNALEERD to OPGELOST"), refused.getMessage());
        barrier.moveTo(BarrierStatus.GEAGENDEERD, "b", NOW.plusDays(1));
        assertEquals("b", barrier.statusChangedBy);
        assertEquals(NOW.plusDays(1), barrier.statusChangedAt);
    }

    @Test
    void proeftuinIdsAreSlugsOfGemeenteAndWijk() {
        assertEquals("groningen-paddepoel-en-selwerd", Proeftuin.slug("Groningen", "Paddepoel en Selwerd"));
        assertEquals("s-hertogenbosch-het-zand", Proeftuin.slug("'s-Hertogenbosch", "Het Zand"));
        assertEquals("loppersum-loppersum-t-zandt-westeremden",
                Proeftuin.slug("Loppersum", "Loppersum - 't Zandt - Westeremden"));
        assertEquals("katwijk", Proeftuin.slug("Katwijk", null));
        assertEquals("sudwest-fryslan-heeg", Proeftuin.slug("Súdwest-Fryslân", "Heeg"));
    }

    @Test
    void componentsNeedAKnownTheme() {
        ApproachComponent component = ApproachComponent.define(new Tag("techniek/zonneboiler"), "Zonneboiler", null, "s", NOW);
        assertEquals(Theme.TECHNIEK, component.theme());
        assertThrows(RuleViolationException.class,
                () -> ApproachComponent.define(new Tag("koken/inductie"), "Inductie", null, "s", NOW));
        assertThrows(RuleViolationException.class,
                () -> ApproachComponent.define(new Tag("zonneboiler"), "Zonneboiler", null, "s", NOW));
    }
}
