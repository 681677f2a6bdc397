package nl.schaalsprong.typology.domain.typology;

/** Told how far a long computation has come, so a job can show progress without the domain knowing about jobs. */
@FunctionalInterface
public interface Progress {

    Progress NONE = fraction -> { };

    /** @param fraction done so far, in [0,1], never decreasing */
    void report(double fraction);
}
