package nl.schaalsprong.local.run.fuzz;

/** What the fuzzer does to an otherwise valid request. */
public enum Mutation {
    /** Nothing: values from the document's examples and schemas. */
    VALID,
    /** A number at or beyond its bounds, an empty or blank text. */
    BOUNDARY,
    /** A value of another JSON type than the schema's, or text where a number is expected. */
    BROKEN_TYPE,
    /** A text of 70,000 characters without a line break; in a parameter, a URL longer than the server reads. */
    OVERSIZED,
    /** NUL, BEL, ESC, a right-to-left override in a text. */
    CONTROL_CHARACTERS,
    /** A value that is in no enum. */
    UNKNOWN_ENUM,
    /** A field the schema requires, left out. */
    MISSING_FIELD,
    /** A body that is not JSON at all, cut short, or the wrong shape. */
    MALFORMED_BODY;

    /**
     * What may be sent with a token that could otherwise change the suite's data (a steward's): only requests that
     * are refused whatever the rest of them says.
     */
    boolean alwaysRefused() {
        return this == MALFORMED_BODY;
    }
}
