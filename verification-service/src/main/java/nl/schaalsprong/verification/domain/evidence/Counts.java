package nl.schaalsprong.verification.domain.evidence;

/** How many of a lesson's verifications stand where: the open ones by stage, the concluded ones by outcome. */
public record Counts(int suggested, int accepted, int declined, int confirmed, int notConfirmed, int inconclusive) {

    public static Counts of(VerificationTally verifications) {
        return new Counts(verifications.count(f -> f.stage() == VerificationStage.SUGGESTED),
                verifications.count(f -> f.stage() == VerificationStage.ACCEPTED),
                verifications.count(f -> f.stage() == VerificationStage.DECLINED),
                verifications.count(Finding::confirmed), verifications.count(Finding::notConfirmed),
                verifications.count(Finding::inconclusive));
    }
}
