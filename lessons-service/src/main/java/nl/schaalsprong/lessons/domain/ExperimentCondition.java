package nl.schaalsprong.lessons.domain;

/**
 * Experiment conditions (proeftuinstatus): what a pilot enjoys that an ordinary buurt does not, and that a
 * success may lean on (pilot bias).
 */
public enum ExperimentCondition {
    /** Extra funding, such as the PAW's rijksbijdrage. */
    EXTRA_FINANCIERING,
    /** Temporary exemptions from rules. */
    VRIJSTELLING,
    /** A pioneering team of unusually committed people. */
    PIONIERS
}
