package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Outcome;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationHistory;
import nl.schaalsprong.verification.domain.evidence.VerificationStage;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static nl.schaalsprong.verification.advice.domain.Components.DORP;
import static nl.schaalsprong.verification.advice.domain.Components.STAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TypeTalliesTest {

    private static VerificationFact concluded(String buurt, String type, Outcome outcome) {
        return new VerificationFact(UUID.randomUUID(), buurt, "GM" + buurt.substring(2, 6), type, false,
                VerificationStage.CONCLUDED, outcome, Set.of());
    }

    private static VerificationFact declined(String buurt, String type) {
        return new VerificationFact(UUID.randomUUID(), buurt, "GM" + buurt.substring(2, 6), type, false,
                VerificationStage.DECLINED, null, null);
    }

    @Test
    void eachBuurtOutsideTheOriginCountsOncePerOutcomeAndUntypedOnesNotAtAll() {
        LessonFacts origin = new LessonFacts(UUID.randomUUID(), Set.of("BU00140000"), Set.of());
        List<VerificationFact> facts = List.of(
                concluded("BU03630001", STAD, Outcome.CONFIRMED),
                concluded("BU03630001", STAD, Outcome.CONFIRMED), // a second lesson of the tag, same buurt
                concluded("BU03630002", STAD, Outcome.NOT_CONFIRMED),
                concluded("BU00140000", STAD, Outcome.CONFIRMED), // an origin of the pooled lessons
                concluded("BU05990001", DORP, Outcome.INCONCLUSIVE),
                declined("BU05990002", DORP),
                concluded("BU07720001", null, Outcome.CONFIRMED));
        Map<String, TypeTally> tallies = TypeTallies.of(new VerificationHistory(origin, facts));
        assertEquals(Map.of(STAD, new TypeTally(1, 1, 0, 0), DORP, new TypeTally(0, 0, 1, 1)), tallies);
        assertEquals(new TypeTally(1, 1, 1, 1), TypeTallies.across(tallies, List.of(STAD, DORP, "onbekend")));
    }
}
