package nl.schaalsprong.typology.domain.catalogue;

/**
 * Where a figure comes from, as it must be credited wherever its values are shown: publisher, table or file,
 * licence and the attribution line to print (CC BY asks for it).
 */
public record Provenance(String publisher, String table, String licence, String attribution) {

    public Provenance {
        require(publisher, "publisher");
        require(table, "table or file");
        require(licence, "licence");
        require(attribution, "attribution line");
        publisher = publisher.strip();
        table = table.strip();
        licence = licence.strip();
        attribution = attribution.strip();
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new nl.schaalsprong.platform.domain.RuleViolationException("a figure's source needs its " + what);
        }
    }
}
