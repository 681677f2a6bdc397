package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;

/**
 * How strongly each evidence level establishes success, for ranking and for the "minimum level" filter. CONTESTED
 * ranks lowest: a component confirmed somewhere but not confirmed at least as often is less established than one
 * that has only its origin, because evidence already speaks against it.
 */
public final class LevelStrength {

    private LevelStrength() {
    }

    public static int of(EvidenceLevel level) {
        return switch (level) {
            case CONTESTED -> 0;
            case ORIGIN_ONLY -> 1;
            case INDICATIVE -> 2;
            case REPLICATED -> 3;
            case ESTABLISHED -> 4;
        };
    }

    /** Whether {@code level} is at least {@code minimum} (null: any level will do). */
    public static boolean atLeast(EvidenceLevel level, EvidenceLevel minimum) {
        return minimum == null || of(level) >= of(minimum);
    }
}
