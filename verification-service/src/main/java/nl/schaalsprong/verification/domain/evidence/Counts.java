package nl.schaalsprong.verification.domain.evidence;

import java.util.List;

/** How many of a lesson's verifications stand where: the open ones by stage, the concluded ones by outcome. */
public record Counts(int suggested, int accepted, int declined, int confirmed, int notConfirmed, int inconclusive) {

    public static Counts of(List<VerificationFact> facts) {
        int suggested = 0;
        int accepted = 0;
        int declined = 0;
        int confirmed = 0;
        int notConfirmed = 0;
        int inconclusive = 0;
        for (VerificationFact fact : facts) {
            switch (fact.stage()) {
                case SUGGESTED -> suggested++;
                case ACCEPTED -> accepted++;
                case DECLINED -> declined++;
                case CONCLUDED -> {
                    switch (fact.outcome()) {
                        case CONFIRMED -> confirmed++;
                        case NOT_CONFIRMED -> notConfirmed++;
                        case INCONCLUSIVE -> inconclusive++;
                    }
                }
            }
        }
        return new Counts(suggested, accepted, declined, confirmed, notConfirmed, inconclusive);
    }
}
