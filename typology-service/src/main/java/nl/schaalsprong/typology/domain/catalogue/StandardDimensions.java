package nl.schaalsprong.typology.domain.catalogue;

import java.util.List;

/**
 * The dimensions this service defines itself, rather than the figure catalogue: the keys of the skeleton's five
 * comparison dimensions (kept, so the seeded basis "standaard" and existing clients keep working), and the
 * attributes no statistic holds, which stewards set per buurt.
 */
public final class StandardDimensions {

    public static final DimensionKey LOG_BEVOLKINGSDICHTHEID = DimensionKey.of("LOG_BEVOLKINGSDICHTHEID");
    public static final DimensionKey HUISHOUDENSGROOTTE = DimensionKey.of("GEMIDDELDE_HUISHOUDENSGROOTTE");
    public static final DimensionKey AANDEEL_MET_KINDEREN = DimensionKey.of("AANDEEL_HUISHOUDENS_MET_KINDEREN");
    public static final DimensionKey STEDELIJKHEID_KEY = DimensionKey.of("STEDELIJKHEID");
    public static final DimensionKey AANDEEL_65_PLUS = DimensionKey.of("AANDEEL_65_PLUS");
    public static final DimensionKey PARTICIPATIE_AANPAK = DimensionKey.of("PARTICIPATIE_AANPAK");
    public static final DimensionKey WARMTESTRATEGIE = DimensionKey.of("WARMTESTRATEGIE");
    public static final DimensionKey PROEFTUIN_STATUS = DimensionKey.of("PROEFTUIN_STATUS");

    /** The level of {@link #PROEFTUIN_STATUS} that marks a buurt as (part of) a proeftuin. */
    public static final String IS_PROEFTUIN = "ja";

    /** The skeleton's comparison dimensions, in the order the seeded basis "standaard" lists them. */
    public static final List<DimensionKey> SKELETON = List.of(LOG_BEVOLKINGSDICHTHEID, HUISHOUDENSGROOTTE,
            AANDEEL_MET_KINDEREN, STEDELIJKHEID_KEY, AANDEEL_65_PLUS);

    private StandardDimensions() {
    }

    /** The settable attributes, last in every catalogue. */
    public static List<DimensionDefinition> assigned() {
        return List.of(
                new DimensionDefinition(PARTICIPATIE_AANPAK, "Participatie-aanpak", "",
                        "The main way residents were involved in the gemeente's plan for this buurt.",
                        DimensionKind.CATEGORICAL, Derivation.ASSIGNED, List.of(),
                        List.of("keukentafelgesprekken", "bewonersavonden", "wijkambassadeurs", "bewonerscooperatie",
                                "anders"), List.of()),
                new DimensionDefinition(WARMTESTRATEGIE, "Warmtestrategie", "",
                        "The heat strategy chosen for the buurt in the gemeente's transitievisie warmte.",
                        DimensionKind.CATEGORICAL, Derivation.ASSIGNED, List.of(),
                        List.of("warmtenet-ht", "warmtenet-mt", "warmtenet-lt", "all-electric", "hybride", "groengas"),
                        List.of()),
                new DimensionDefinition(PROEFTUIN_STATUS, "Proeftuin-status", "",
                        "Whether the buurt is (part of) a PAW proeftuin: a success there may be pilot bias, so "
                        + "searches can leave proeftuinen out.", DimensionKind.CATEGORICAL, Derivation.ASSIGNED,
                        List.of(), List.of(IS_PROEFTUIN, "nee"), List.of()));
    }
}
