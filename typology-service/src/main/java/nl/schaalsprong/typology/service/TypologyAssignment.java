package nl.schaalsprong.typology.service;

/**
 * A buurt's type in a typology, with what a spreadsheet needs beside it.
 *
 * @param buurtName    null if the buurt has since left the register
 * @param gemeenteName null if the buurt has since left the register
 * @param typeName     the name stewards gave the type last; null while unnamed
 * @param distance     Gower distance to the type's medoid, in [0,1]
 */
public record TypologyAssignment(String buurtCode, String buurtName, String gemeenteCode, String gemeenteName,
                                 int typeNumber, String typeLabel, String typeName, double distance) {
}
