package nl.schaalsprong.typology.figure;

import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.DimensionKind;
import nl.schaalsprong.typology.domain.catalogue.Derivation;
import nl.schaalsprong.typology.domain.catalogue.Provenance;
import nl.schaalsprong.typology.figure.domain.Aggregation;
import nl.schaalsprong.typology.figure.domain.DerivedDimension;
import nl.schaalsprong.typology.figure.domain.Figure;
import nl.schaalsprong.typology.figure.domain.FigureCatalogue;
import nl.schaalsprong.typology.figure.domain.FigureDimensions;
import nl.schaalsprong.typology.figure.domain.MoreEnd;

import java.util.ArrayList;
import java.util.List;

/** For unit tests: the figure catalogue and derived dimensions migration V21 seeds (the KWB figures). */
public final class KwbFigures {

    public static final Provenance CBS = new Provenance("CBS", "Kerncijfers wijken en buurten (tabel 85984NED)",
            "CC BY 4.0", "Bron: CBS");

    private KwbFigures() {
    }

    public static FigureCatalogue figures() {
        List<Figure> all = new ArrayList<>();
        all.add(count("AANTAL_INWONERS", "AantalInwoners", Aggregation.SUM));
        all.add(count("BEVOLKINGSDICHTHEID", "Bevolkingsdichtheid", Aggregation.NOT_AGGREGATABLE));
        all.add(new Figure(DimensionKey.of("GEMIDDELDE_HUISHOUDENSGROOTTE"), "Gemiddelde huishoudensgrootte", "aantal",
                "", DimensionKind.NUMERIC, List.of(), null, false, 0.0, Aggregation.WEIGHTED_BY_INHABITANTS,
                "GemiddeldeHuishoudensgrootte", CBS));
        all.add(count("HUISHOUDENS_MET_KINDEREN", "HuishoudensMetKinderen", Aggregation.SUM));
        all.add(count("HUISHOUDENS_TOTAAL", "HuishoudensTotaal", Aggregation.SUM));
        all.add(new Figure(DimensionKey.of("STEDELIJKHEID"), "Mate van stedelijkheid", "code",
                "Op grond van de omgevingsadressendichtheid", DimensionKind.ORDINAL, List.of("1", "2", "3", "4", "5"),
                MoreEnd.FIRST, false, null, Aggregation.NOT_AGGREGATABLE, "MateVanStedelijkheid", CBS));
        all.add(count("INWONERS_0_TOT_15", "k_0Tot15Jaar", Aggregation.SUM));
        all.add(count("INWONERS_15_TOT_25", "k_15Tot25Jaar", Aggregation.SUM));
        all.add(count("INWONERS_25_TOT_45", "k_25Tot45Jaar", Aggregation.SUM));
        all.add(count("INWONERS_45_TOT_65", "k_45Tot65Jaar", Aggregation.SUM));
        all.add(count("INWONERS_65_OF_OUDER", "k_65JaarOfOuder", Aggregation.SUM));
        all.add(count("GEREGISTREERDE_MISDRIJVEN", "GeregistreerdeMisdrijven", Aggregation.SUM));
        all.add(count("MISDRIJVEN_VERMOGEN", "crime_property", Aggregation.SUM));
        all.add(count("MISDRIJVEN_GEWELD", "crime_violence", Aggregation.SUM));
        all.add(count("MISDRIJVEN_VERNIELING", "crime_vandalism", Aggregation.SUM));
        return new FigureCatalogue(all);
    }

    public static List<DerivedDimension> derived() {
        return List.of(
                new DerivedDimension(DimensionKey.of("LOG_BEVOLKINGSDICHTHEID"), "Bevolkingsdichtheid (logaritmisch)",
                        "ln(1 + inwoners per km²)", "", Derivation.LOG, List.of(DimensionKey.of("BEVOLKINGSDICHTHEID"))),
                new DerivedDimension(DimensionKey.of("AANDEEL_HUISHOUDENS_MET_KINDEREN"),
                        "Aandeel huishoudens met kinderen", "", "", Derivation.SHARE,
                        List.of(DimensionKey.of("HUISHOUDENS_MET_KINDEREN"), DimensionKey.of("HUISHOUDENS_TOTAAL"))),
                new DerivedDimension(DimensionKey.of("AANDEEL_65_PLUS"), "Aandeel inwoners van 65 jaar of ouder", "", "",
                        Derivation.SHARE,
                        List.of(DimensionKey.of("INWONERS_65_OF_OUDER"), DimensionKey.of("AANTAL_INWONERS"))));
    }

    /** The dimension catalogue a fresh installation starts with. */
    public static DimensionCatalogue catalogue() {
        return FigureDimensions.catalogue(figures(), derived());
    }

    public static DimensionKey key(String key) {
        return DimensionKey.of(key);
    }

    private static Figure count(String key, String stem, Aggregation aggregation) {
        return new Figure(DimensionKey.of(key), key, "aantal", "", DimensionKind.NUMERIC, List.of(), null, true, 0.0,
                aggregation, stem, CBS);
    }
}
