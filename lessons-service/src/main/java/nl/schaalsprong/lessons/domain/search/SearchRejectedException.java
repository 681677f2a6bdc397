package nl.schaalsprong.lessons.domain.search;

import nl.schaalsprong.platform.domain.DomainException;

/** A search the index cannot answer as asked: an unknown sort or facet value (HTTP 400). */
public class SearchRejectedException extends DomainException {

    public SearchRejectedException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Invalid search";
    }
}
