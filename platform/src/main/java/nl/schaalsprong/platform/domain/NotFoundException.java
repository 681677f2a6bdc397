package nl.schaalsprong.platform.domain;

/** Something was asked for by an id that names nothing. */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super(what + " '" + id + "' does not exist");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
