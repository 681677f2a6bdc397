package nl.schaalsprong.lessons.client;

/** typology-service answered 404: it knows no such buurt. An answer, not a failure; the gateway turns it into false. */
class UnknownBuurtException extends RuntimeException {
    UnknownBuurtException() {
        super("typology-service knows no such buurt", null, false, false);
    }
}
