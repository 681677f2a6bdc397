package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceOrderTest {

    @Test
    void counterEvidenceInThisTypeComesFirstThenItsConfirmationsThenOtherTypesThenDeclines() {
        List<Integer> ranks = List.of(
                PlaceOrder.rank(Outcome.NOT_CONFIRMED, true),
                PlaceOrder.rank(Outcome.CONFIRMED, true),
                PlaceOrder.rank(Outcome.INCONCLUSIVE, true),
                PlaceOrder.rank(Outcome.CONFIRMED, false),
                PlaceOrder.rank(Outcome.NOT_CONFIRMED, false),
                PlaceOrder.rank(Outcome.INCONCLUSIVE, false),
                PlaceOrder.rank(null, true),
                PlaceOrder.rank(null, false));
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), ranks);
    }

    @Test
    void theDatabaseRanksExactlyAsTheDomainDoes() {
        String sql = PlaceOrder.sqlRank("v.outcome", "in_type");
        Matcher when = Pattern.compile("when (v\\.outcome is null|v\\.outcome = '(\\w+)') and (not )?\\(in_type\\) then (\\d+)")
                .matcher(sql);
        int cases = 0;
        while (when.find()) {
            Outcome outcome = when.group(2) == null ? null : Outcome.valueOf(when.group(2));
            boolean inType = when.group(3) == null;
            assertEquals(PlaceOrder.rank(outcome, inType), Integer.parseInt(when.group(4)), when.group());
            cases++;
        }
        assertEquals(8, cases, sql);
        assertTrue(sql.endsWith("else 8 end"), sql);
    }
}
