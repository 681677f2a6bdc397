package nl.schaalsprong.verification.domain.evidence;

/** What one rule says about one history: whether it holds, and why (or why not), in words. */
public record Verdict(boolean holds, String reason) {

    public static Verdict holds(String reason) {
        return new Verdict(true, reason);
    }

    public static Verdict fails(String reason) {
        return new Verdict(false, reason);
    }
}
