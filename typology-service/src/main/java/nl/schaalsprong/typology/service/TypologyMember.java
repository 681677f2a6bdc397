package nl.schaalsprong.typology.service;

/**
 * A buurt as a member of a type.
 *
 * @param name         null if the buurt has since left the register
 * @param gemeenteNaam null if the buurt has since left the register
 * @param distance     Gower distance to the type's medoid, in [0,1]
 */
public record TypologyMember(String code, String name, String gemeenteNaam, int typeNumber, double distance) {
}
