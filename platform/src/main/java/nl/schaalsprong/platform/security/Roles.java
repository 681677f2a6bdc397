package nl.schaalsprong.platform.security;

/**
 * The roles a bearer token can carry (its {@code groups} claim). Reading published data needs none: KLP
 * dashboards read freely. Every write needs the role of its kind.
 */
public final class Roles {

    /** Writes lessons and proeftuin data. */
    public static final String CONTRIBUTOR = "contributor";
    /** Accepts, declines and concludes verifications. */
    public static final String VERIFIER = "verifier";
    /** Imports neighbourhood data and publishes comparability bases. */
    public static final String STEWARD = "steward";

    private Roles() {
    }
}
