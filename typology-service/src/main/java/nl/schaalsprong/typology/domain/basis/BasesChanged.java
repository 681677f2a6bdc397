package nl.schaalsprong.typology.domain.basis;

/** A version was published or the default basis changed: which basis a search resolves to may differ now. */
public record BasesChanged(BasisName name) {
}
