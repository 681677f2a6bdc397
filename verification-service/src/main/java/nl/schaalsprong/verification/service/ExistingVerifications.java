package nl.schaalsprong.verification.service;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationStatus;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A lesson's verifications as the suggestion policy sees them: the buurten that have one, whatever its status,
 * and how many still count towards K (all but the declined ones).
 */
record ExistingVerifications(Set<BuurtCode> targets, int open) {

    /** Needs a transaction. */
    static ExistingVerifications of(UUID lessonId) {
        List<Verification> existing = Verification.list("lessonId", lessonId);
        return new ExistingVerifications(existing.stream().map(Verification::target).collect(Collectors.toSet()),
                (int) existing.stream().filter(v -> v.status != VerificationStatus.DECLINED).count());
    }
}
