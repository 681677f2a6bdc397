package nl.schaalsprong.typology.rest;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.schaalsprong.typology.domain.ComparabilitySnapshot;
import nl.schaalsprong.typology.service.ComparabilityIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A snapshot the index has replaced is garbage: nothing that used it keeps it alive. On the national file a snapshot
 * is some 15 MB of columns, and one held beside its successor put typology-service over its memory target at rest
 * (docs/benchmarks.md, session 16): a wijk comparison's cached profiles held the snapshot they were derived from
 * until the next wijk or gemeente comparison.
 */
@QuarkusTest
class ReplacedSnapshotReleasedTest {

    @Inject
    ComparabilityIndex index;

    @BeforeEach
    void nationalFile() {
        NationalFile.ensureImported();
    }

    @Test
    void aWijkComparisonKeepsNoReplacedSnapshotAlive() throws InterruptedException {
        index.reload();
        given().when().get("/api/v1/wijken/WK001410/comparable").then().statusCode(200);
        WeakReference<ComparabilitySnapshot> replaced = new WeakReference<>(index.current());

        index.reload();

        assertCollected(replaced);
        // The profiles are derived again from the snapshot now served.
        given().when().get("/api/v1/wijken/WK001410/comparable").then().statusCode(200)
                .body("area.code", equalTo("WK001410"));
    }

    private void assertCollected(WeakReference<ComparabilitySnapshot> replaced) throws InterruptedException {
        assertNotSame(replaced.get(), index.current(), "the reload serves a snapshot of its own");
        for (int attempt = 0; attempt < 20 && replaced.get() != null; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        assertNull(replaced.get(), "the replaced snapshot is still reachable");
    }
}
