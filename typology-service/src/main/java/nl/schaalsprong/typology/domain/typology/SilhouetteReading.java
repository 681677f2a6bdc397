package nl.schaalsprong.typology.domain.typology;

/**
 * What a typology's silhouette says about how distinct its types are, in plain words. The bands are Kaufman and
 * Rousseeuw's (Finding Groups in Data, 1990, p. 88), the usual reading of an average silhouette width: above 0.70 a
 * strong structure, above 0.50 a reasonable one, above 0.25 a weak one that could be an artefact of the method, and
 * at or below 0.25 no substantial structure. The typology is useful in every band (types still group buurten that are
 * more alike than the rest); the note says how firmly to read a type's borders.
 *
 * @param band the band the silhouette falls in
 * @param note what that means for a reader of the types, in Dutch, as the pen portraits are
 */
public record SilhouetteReading(Band band, String note) {

    public enum Band {
        STRONG(0.70, "Sterke structuur: de typen zijn duidelijk van elkaar te onderscheiden; de meeste buurten "
                + "horen zonder twijfel bij hun type."),
        REASONABLE(0.50, "Redelijke structuur: de typen zijn goed te onderscheiden, maar aan de randen lijken "
                + "buurten van naburige typen op elkaar."),
        WEAK(0.25, "Zwakke structuur: de typen overlappen; lees een type als een zwaartepunt, niet als een scherpe "
                + "groep, en kijk bij een buurt ook naar de afstand tot de kern van zijn type."),
        NONE(-1.0, "Geen duidelijke structuur: buurten lopen geleidelijk in elkaar over en de grenzen tussen typen "
                + "zijn grotendeels willekeurig; gebruik de typen als grove indeling om te spreiden, niet als "
                + "vaststaande groepen.");

        /** The silhouette must lie above this to fall in the band. */
        private final double above;
        private final String note;

        Band(double above, String note) {
            this.above = above;
            this.note = note;
        }

        public double above() {
            return above;
        }
    }

    public static SilhouetteReading of(double silhouette) {
        if (!(silhouette >= -1 && silhouette <= 1)) {
            throw new IllegalArgumentException("a silhouette lies in [-1,1], got " + silhouette);
        }
        for (Band band : Band.values()) {
            if (silhouette > band.above || band == Band.NONE) {
                return new SilhouetteReading(band, band.note);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
