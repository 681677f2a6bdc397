package nl.schaalsprong.typology.domain.typology;

import nl.schaalsprong.platform.domain.DomainException;

/** A typology was asked for on a comparability basis that does not exist: a bad request, not a missing resource. */
public class UnknownBasisException extends DomainException {

    public UnknownBasisException(String basis) {
        super("comparability basis '" + basis + "' does not exist");
    }

    @Override
    public String title() {
        return "Unknown comparability basis";
    }
}
