package nl.schaalsprong.lessons.domain;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BarrierTallyTest {

    static final BarrierTally.Signalled JANUARY = new BarrierTally.Signalled(BarrierStatus.GESIGNALEERD,
            GovernmentLevel.RIJK, YearMonth.of(2027, 1));
    static final BarrierTally.Signalled APRIL = new BarrierTally.Signalled(BarrierStatus.OPGELOST,
            GovernmentLevel.RIJK, YearMonth.of(2027, 4));

    @Test
    void everyStatusAndLevelIsListedInOrderZerosIncluded() {
        BarrierTally byStatus = BarrierTally.of(BarrierTally.By.STATUS, List.of(JANUARY, APRIL, APRIL));
        assertEquals(List.of(new BarrierTally.Count("GESIGNALEERD", 1), new BarrierTally.Count("GEAGENDEERD", 0),
                new BarrierTally.Count("OPGELOST", 2)), byStatus.groups());
        assertEquals(3, byStatus.total());
        assertEquals(5, BarrierTally.of(BarrierTally.By.LEVEL, List.of()).groups().size());
    }

    @Test
    void monthsRunFromTheFirstToTheLastQuietOnesAsZeros() {
        BarrierTally byMonth = BarrierTally.of(BarrierTally.By.MONTH, List.of(APRIL, JANUARY));
        assertEquals(List.of("2027-01", "2027-02", "2027-03", "2027-04"),
                byMonth.groups().stream().map(BarrierTally.Count::key).toList());
        assertEquals(List.of(1L, 0L, 0L, 1L), byMonth.groups().stream().map(BarrierTally.Count::barriers).toList());
        assertEquals(List.of(), BarrierTally.of(BarrierTally.By.MONTH, List.of()).groups());
    }

    @Test
    void aBarrierWithoutAMonthIsRefused() {
        assertThrows(NullPointerException.class,
                () -> new BarrierTally.Signalled(BarrierStatus.OPGELOST, GovernmentLevel.EU, null));
    }
}
