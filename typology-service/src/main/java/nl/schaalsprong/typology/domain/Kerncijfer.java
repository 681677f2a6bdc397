package nl.schaalsprong.typology.domain;

/**
 * The CBS "Kerncijfers wijken en buurten" figures this service keeps per buurt. {@code cbsStem} is the CBS key
 * without its numeric suffix: CBS renumbers {@code MateVanStedelijkheid_122} between table revisions, so files
 * are matched on the stem only. Adding a figure means adding a constant, a column and an entity field.
 */
public enum Kerncijfer {

    AANTAL_INWONERS("AantalInwoners", "aantal_inwoners", "aantalInwoners", Kind.COUNT),
    BEVOLKINGSDICHTHEID("Bevolkingsdichtheid", "bevolkingsdichtheid", "bevolkingsdichtheid", Kind.COUNT),
    GEMIDDELDE_HUISHOUDENSGROOTTE("GemiddeldeHuishoudensgrootte", "gemiddelde_huishoudensgrootte",
            "gemiddeldeHuishoudensgrootte", Kind.DECIMAL),
    HUISHOUDENS_MET_KINDEREN("HuishoudensMetKinderen", "huishoudens_met_kinderen", "huishoudensMetKinderen",
            Kind.COUNT),
    HUISHOUDENS_TOTAAL("HuishoudensTotaal", "huishoudens_totaal", "huishoudensTotaal", Kind.COUNT),
    STEDELIJKHEID("MateVanStedelijkheid", "stedelijkheid", "stedelijkheid", Kind.SCALE_1_TO_5),
    INWONERS_0_TOT_15("k_0Tot15Jaar", "inwoners_0_tot_15", "inwoners0Tot15Jaar", Kind.COUNT),
    INWONERS_15_TOT_25("k_15Tot25Jaar", "inwoners_15_tot_25", "inwoners15Tot25Jaar", Kind.COUNT),
    INWONERS_25_TOT_45("k_25Tot45Jaar", "inwoners_25_tot_45", "inwoners25Tot45Jaar", Kind.COUNT),
    INWONERS_45_TOT_65("k_45Tot65Jaar", "inwoners_45_tot_65", "inwoners45Tot65Jaar", Kind.COUNT),
    INWONERS_65_OF_OUDER("k_65JaarOfOuder", "inwoners_65_of_ouder", "inwoners65JaarOfOuder", Kind.COUNT),
    GEREGISTREERDE_MISDRIJVEN("GeregistreerdeMisdrijven", "geregistreerde_misdrijven", "geregistreerdeMisdrijven",
            Kind.COUNT),
    MISDRIJVEN_VERMOGEN("crime_property", "misdrijven_vermogen", "misdrijvenVermogen", Kind.COUNT),
    MISDRIJVEN_GEWELD("crime_violence", "misdrijven_geweld", "misdrijvenGeweld", Kind.COUNT),
    MISDRIJVEN_VERNIELING("crime_vandalism", "misdrijven_vernieling", "misdrijvenVernieling", Kind.COUNT);

    /** What values a figure may take; the importer rejects a row whose figure breaks its kind. */
    public enum Kind {
        /** A non-negative whole number (people, households, offences, inhabitants per km²). */
        COUNT,
        /** A non-negative decimal (average household size). */
        DECIMAL,
        /** CBS's ordinal "mate van stedelijkheid": 1 = very strongly urban .. 5 = not urban. */
        SCALE_1_TO_5
    }

    private final String cbsStem;
    private final String column;
    private final String jsonName;
    private final Kind kind;

    Kerncijfer(String cbsStem, String column, String jsonName, Kind kind) {
        this.cbsStem = cbsStem;
        this.column = column;
        this.jsonName = jsonName;
        this.kind = kind;
    }

    public String cbsStem() {
        return cbsStem;
    }

    /** The column in table {@code neighbourhood}. */
    public String column() {
        return column;
    }

    /** The property name in API responses. */
    public String jsonName() {
        return jsonName;
    }

    public Kind kind() {
        return kind;
    }

    /** Why {@code value} is not allowed for this figure, or {@code null} when it is. */
    public String violation(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "is not a finite number";
        }
        return switch (kind) {
            case COUNT -> value < 0 || value != Math.rint(value) ? "must be a non-negative whole number" : null;
            case DECIMAL -> value < 0 ? "must not be negative" : null;
            case SCALE_1_TO_5 -> value != Math.rint(value) || value < 1 || value > 5
                    ? "must be a whole number from 1 to 5" : null;
        };
    }
}
