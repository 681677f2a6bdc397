package nl.schaalsprong.typology.domain.catalogue;

import nl.schaalsprong.typology.domain.Kerncijfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static nl.schaalsprong.typology.domain.Kerncijfer.AANTAL_INWONERS;
import static nl.schaalsprong.typology.domain.Kerncijfer.BEVOLKINGSDICHTHEID;
import static nl.schaalsprong.typology.domain.Kerncijfer.GEMIDDELDE_HUISHOUDENSGROOTTE;
import static nl.schaalsprong.typology.domain.Kerncijfer.HUISHOUDENS_MET_KINDEREN;
import static nl.schaalsprong.typology.domain.Kerncijfer.HUISHOUDENS_TOTAAL;
import static nl.schaalsprong.typology.domain.Kerncijfer.INWONERS_65_OF_OUDER;
import static nl.schaalsprong.typology.domain.Kerncijfer.STEDELIJKHEID;

/**
 * The catalogue this service starts with: the skeleton's five comparison dimensions (keys unchanged, so the
 * seeded basis "standaard" and existing clients keep working), every stored CBS figure as a RAW dimension, and
 * the attributes no statistic holds, which stewards set per buurt.
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

    /** @param cbs CBS's variable list by key stem; titles, units and descriptions of CBS figures come from it */
    public static DimensionCatalogue catalogue(Map<String, CbsVariable> cbs) {
        List<DimensionDefinition> all = new ArrayList<>();
        all.add(new DimensionDefinition(LOG_BEVOLKINGSDICHTHEID, "Bevolkingsdichtheid (logaritmisch)",
                "ln(1 + inwoners per km²)", "Density is heavily skewed (10 to 50,000 per km²); on a log scale a "
                + "village differs from a town as much as a town from a city.",
                DimensionKind.NUMERIC, Derivation.LOG, List.of(BEVOLKINGSDICHTHEID), List.of()));
        all.add(raw(cbs, GEMIDDELDE_HUISHOUDENSGROOTTE, DimensionKind.NUMERIC, List.of()));
        all.add(new DimensionDefinition(AANDEEL_MET_KINDEREN, "Aandeel huishoudens met kinderen",
                "aandeel van de huishoudens (0..1)", "Households with children divided by all private households.",
                DimensionKind.NUMERIC, Derivation.SHARE, List.of(HUISHOUDENS_MET_KINDEREN, HUISHOUDENS_TOTAAL),
                List.of()));
        // CBS: 1 = zeer sterk stedelijk .. 5 = niet stedelijk, so a higher class is less urban.
        all.add(raw(cbs, STEDELIJKHEID, DimensionKind.ORDINAL, List.of("1", "2", "3", "4", "5"),
                Direction.HIGHER_MEANS_LESS));
        all.add(new DimensionDefinition(AANDEEL_65_PLUS, "Aandeel inwoners van 65 jaar of ouder",
                "aandeel van de inwoners (0..1)", "Inhabitants aged 65 or older divided by all inhabitants.",
                DimensionKind.NUMERIC, Derivation.SHARE, List.of(INWONERS_65_OF_OUDER, AANTAL_INWONERS), List.of()));
        Set<String> taken = all.stream().map(d -> d.key().value()).collect(Collectors.toSet());
        for (Kerncijfer figure : Kerncijfer.values()) {
            if (!taken.contains(figure.name())) {
                all.add(raw(cbs, figure, DimensionKind.NUMERIC, List.of()));
            }
        }
        all.add(new DimensionDefinition(PARTICIPATIE_AANPAK, "Participatie-aanpak", "",
                "The main way residents were involved in the gemeente's plan for this buurt.",
                DimensionKind.CATEGORICAL, Derivation.ASSIGNED, List.of(),
                List.of("keukentafelgesprekken", "bewonersavonden", "wijkambassadeurs", "bewonerscooperatie",
                        "anders")));
        all.add(new DimensionDefinition(WARMTESTRATEGIE, "Warmtestrategie", "",
                "The heat strategy chosen for the buurt in the gemeente's transitievisie warmte.",
                DimensionKind.CATEGORICAL, Derivation.ASSIGNED, List.of(),
                List.of("warmtenet-ht", "warmtenet-mt", "warmtenet-lt", "all-electric", "hybride", "groengas")));
        all.add(new DimensionDefinition(PROEFTUIN_STATUS, "Proeftuin-status", "",
                "Whether the buurt is (part of) a PAW proeftuin: a success there may be pilot bias, so searches "
                + "can leave proeftuinen out.", DimensionKind.CATEGORICAL, Derivation.ASSIGNED, List.of(),
                List.of(IS_PROEFTUIN, "nee")));
        return new DimensionCatalogue(all, cbs);
    }

    /** A CBS figure as published; title, unit and description are CBS's own where its variable list has them. */
    private static DimensionDefinition raw(Map<String, CbsVariable> cbs, Kerncijfer figure, DimensionKind kind,
                                           List<String> levels) {
        return raw(cbs, figure, kind, levels, Direction.HIGHER_MEANS_MORE);
    }

    private static DimensionDefinition raw(Map<String, CbsVariable> cbs, Kerncijfer figure, DimensionKind kind,
                                           List<String> levels, Direction direction) {
        CbsVariable variable = cbs.get(figure.cbsStem());
        String title = variable == null || variable.title().isBlank() ? figure.cbsStem() : variable.title();
        String unit = variable == null ? "" : variable.unit();
        String description = variable == null ? "Not in the variable list of CBS table 85984NED."
                : variable.description();
        return new DimensionDefinition(DimensionKey.of(figure.name()), title, unit, description, kind,
                Derivation.RAW, List.of(figure), levels, direction);
    }
}
