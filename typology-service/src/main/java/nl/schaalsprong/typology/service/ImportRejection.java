package nl.schaalsprong.typology.service;

/** A data row that was not stored, with the file line it starts on (the header is line 1). */
public record ImportRejection(long line, String reason) {
}
