package nl.schaalsprong.lessons.domain;

/** Where an institutional barrier stands on the policy track: signalled, on the agenda, resolved. */
public enum BarrierStatus {
    GESIGNALEERD,
    GEAGENDEERD,
    OPGELOST;

    /** The track is one-way and takes no shortcuts: a barrier is put on the agenda before it is resolved. */
    public boolean mayMoveTo(BarrierStatus to) {
        return to.ordinal() == ordinal() + 1;
    }
}
