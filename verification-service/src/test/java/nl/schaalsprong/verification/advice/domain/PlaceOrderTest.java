package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        int kinds = 0;
        for (boolean inType : List.of(true, false)) {
            String sql = PlaceOrder.sqlKinds(inType);
            Matcher row = Pattern.compile("\\('(\\w+)', (\\d+)\\)").matcher(sql);
            while (row.find()) {
                Outcome outcome = row.group(1).equals(PlaceOrder.DECLINED) ? null : Outcome.valueOf(row.group(1));
                assertEquals(PlaceOrder.rank(outcome, inType), Integer.parseInt(row.group(2)), row.group());
                kinds++;
            }
            assertEquals(4, sql.split("\\), \\(").length, sql);
        }
        assertEquals(8, kinds);
    }
}
