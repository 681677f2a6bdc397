package nl.schaalsprong.verification.domain;

import java.util.Locale;

/**
 * At which level a lesson is verified, from the smallest scale it is expected to work at (its rightscaling, issue
 * 13 item 3): a lesson that only works for a whole wijk cannot be tried in a single buurt, nor one that needs a
 * gemeente's powers in a wijk. So:
 * <ul>
 *   <li>GEBOUW, STRAAT, BUURT, or unknown (no rightscaling, no smallest, a scale we do not know) → BUURT, as
 *       before: smaller than a buurt is still tried in a buurt;</li>
 *   <li>WIJK → WIJK;</li>
 *   <li>GEMEENTE, REGIO, NATIONAAL → GEMEENTE: typology compares no regions, so the largest level it compares.</li>
 * </ul>
 */
public final class ScaleOfVerification {

    private ScaleOfVerification() {
    }

    public static TargetLevel of(TaggedLesson.Rightscaling rightscaling) {
        if (rightscaling == null || rightscaling.smallest() == null) {
            return TargetLevel.BUURT;
        }
        return switch (rightscaling.smallest().strip().toUpperCase(Locale.ROOT)) {
            case "WIJK" -> TargetLevel.WIJK;
            case "GEMEENTE", "REGIO", "NATIONAAL" -> TargetLevel.GEMEENTE;
            default -> TargetLevel.BUURT;
        };
    }
}
