package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.basis.DimensionWeight;
import nl.schaalsprong.typology.domain.catalogue.DimensionDefinition;
import nl.schaalsprong.typology.domain.comparison.Scope;
import nl.schaalsprong.typology.domain.comparison.Search;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** For tests: two snapshots hold the same buurten, catalogue, raw and scaled values, and answer searches alike. */
public final class SameSnapshot {

    private SameSnapshot() {
    }

    /** Every value, then a search on every non-assigned dimension from each buurt in {@code from}. */
    public static void assertSame(ComparabilitySnapshot expected, ComparabilitySnapshot actual, List<BuurtCode> from) {
        assertEquals(expected.catalogue().definitions(), actual.catalogue().definitions());
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.code(i), actual.code(i));
            assertEquals(expected.proeftuin(i), actual.proeftuin(i));
        }
        for (DimensionDefinition dimension : expected.catalogue().definitions()) {
            assertEquals(expected.scale(dimension.key()), actual.scale(dimension.key()), dimension.key().value());
            double[] raw = new double[expected.size()];
            double[] scaled = new double[expected.size()];
            double[] rawActual = new double[expected.size()];
            double[] scaledActual = new double[expected.size()];
            for (int i = 0; i < expected.size(); i++) {
                raw[i] = expected.raw(dimension.key(), i);
                scaled[i] = expected.scaled(dimension.key(), i);
                rawActual[i] = actual.raw(dimension.key(), i);
                scaledActual[i] = actual.scaled(dimension.key(), i);
            }
            assertArrayEquals(raw, rawActual, "raw " + dimension.key());
            assertArrayEquals(scaled, scaledActual, "scaled " + dimension.key());
        }
        List<DimensionWeight> weights = expected.catalogue().definitions().stream().filter(d -> !d.isAssigned())
                .map(d -> new DimensionWeight(d.key(), 1)).toList();
        for (BuurtCode code : from) {
            for (Search search : List.of(new Search(weights, 10, Scope.EVERYWHERE, false, true),
                    new Search(weights, 5, Scope.GEMEENTE, true))) {
                assertEquals(expected.mostComparableTo(code, search), actual.mostComparableTo(code, search),
                        "search from " + code);
            }
        }
    }
}
