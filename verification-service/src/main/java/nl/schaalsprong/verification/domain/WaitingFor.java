package nl.schaalsprong.verification.domain;

/**
 * Why a tagged lesson's suggestions wait ({@link PendingSuggestion}): the two call for different responses, so they
 * are told apart. An outage is ops' business and ends by itself; missing data is the figures' business and ends only
 * when a steward imports them, so it is neither alerted on nor retried at an outage's pace.
 */
public enum WaitingFor {
    /** typology-service could not answer (down, timing out, an open circuit): retried with backoff. */
    TYPOLOGY,
    /**
     * typology-service answered that no origin of the lesson can be compared on the basis (422: a required dimension
     * or too much of the basis' weight missing): asked for again when typology says the origin's figures or the basis
     * changed, so figures imported later serve it at once ({@link PendingPace}).
     */
    ORIGIN_DATA
}
