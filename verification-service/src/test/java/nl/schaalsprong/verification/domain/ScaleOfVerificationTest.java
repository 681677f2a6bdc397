package nl.schaalsprong.verification.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A lesson is verified at the level of the smallest scale it works at, never below buurt nor above gemeente. */
class ScaleOfVerificationTest {

    @ParameterizedTest
    @CsvSource({"GEBOUW,BUURT", "STRAAT,BUURT", "BUURT,BUURT", "WIJK,WIJK", "GEMEENTE,GEMEENTE", "REGIO,GEMEENTE",
            "NATIONAAL,GEMEENTE", "wijk,WIJK", "PROVINCIE,BUURT"})
    void theSmallestScaleDecidesTheLevel(String smallest, TargetLevel level) {
        assertEquals(level, ScaleOfVerification.of(new TaggedLesson.Rightscaling("BUURT", smallest, "NATIONAAL")));
    }

    @Test
    void withoutRightscalingOrItsSmallestScaleALessonIsVerifiedInBuurten() {
        assertEquals(TargetLevel.BUURT, ScaleOfVerification.of(null));
        assertEquals(TargetLevel.BUURT, ScaleOfVerification.of(new TaggedLesson.Rightscaling("WIJK", null, "REGIO")));
    }

    @Test
    void onlyTheSmallestScaleCountsNotWhereItWasAppliedNorTheLargest() {
        assertEquals(TargetLevel.BUURT, ScaleOfVerification.of(new TaggedLesson.Rightscaling("GEMEENTE", "BUURT",
                "GEMEENTE")));
    }
}
