package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.WijkCode;
import nl.schaalsprong.platform.cbs.BuurtCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * A stored CBS buurt. Read-only for JPA: imports write the table with one set-based upsert per batch (see the
 * service's NeighbourhoodStore), which is what makes re-importing the same file a no-op.
 */
@Entity
@Immutable
@Table(name = "neighbourhood")
public class Neighbourhood {

    @Id
    private String code;
    private String name;
    @Column(name = "wijk_code")
    private String wijkCode;
    @Column(name = "gemeente_code")
    private String gemeenteCode;
    @Column(name = "gemeente_naam")
    private String gemeenteNaam;

    @Column(name = "aantal_inwoners")
    private Integer aantalInwoners;
    private Integer bevolkingsdichtheid;
    @Column(name = "gemiddelde_huishoudensgrootte")
    private Double gemiddeldeHuishoudensgrootte;
    @Column(name = "huishoudens_met_kinderen")
    private Integer huishoudensMetKinderen;
    @Column(name = "huishoudens_totaal")
    private Integer huishoudensTotaal;
    private Integer stedelijkheid;
    @Column(name = "inwoners_0_tot_15")
    private Integer inwoners0Tot15;
    @Column(name = "inwoners_15_tot_25")
    private Integer inwoners15Tot25;
    @Column(name = "inwoners_25_tot_45")
    private Integer inwoners25Tot45;
    @Column(name = "inwoners_45_tot_65")
    private Integer inwoners45Tot65;
    @Column(name = "inwoners_65_of_ouder")
    private Integer inwoners65OfOuder;
    @Column(name = "geregistreerde_misdrijven")
    private Integer geregistreerdeMisdrijven;
    @Column(name = "misdrijven_vermogen")
    private Integer misdrijvenVermogen;
    @Column(name = "misdrijven_geweld")
    private Integer misdrijvenGeweld;
    @Column(name = "misdrijven_vernieling")
    private Integer misdrijvenVernieling;

    @Column(name = "import_year")
    private int importYear;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    protected Neighbourhood() {
        // for JPA
    }

    public BuurtCode code() {
        return BuurtCode.of(code);
    }

    public String name() {
        return name;
    }

    public WijkCode wijkCode() {
        return WijkCode.of(wijkCode);
    }

    public GemeenteCode gemeenteCode() {
        return GemeenteCode.of(gemeenteCode);
    }

    public String gemeenteNaam() {
        return gemeenteNaam;
    }

    /** The KWB year the stored figures come from. */
    public int importYear() {
        return importYear;
    }

    /** When an import last changed this buurt (an import that changes nothing leaves it alone). */
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Kerncijfers kerncijfers() {
        Map<Kerncijfer, Double> values = new EnumMap<>(Kerncijfer.class);
        for (Kerncijfer figure : Kerncijfer.values()) {
            values.put(figure, number(figure));
        }
        return Kerncijfers.of(values);
    }

    private Double number(Kerncijfer figure) {
        Number value = switch (figure) {
            case AANTAL_INWONERS -> aantalInwoners;
            case BEVOLKINGSDICHTHEID -> bevolkingsdichtheid;
            case GEMIDDELDE_HUISHOUDENSGROOTTE -> gemiddeldeHuishoudensgrootte;
            case HUISHOUDENS_MET_KINDEREN -> huishoudensMetKinderen;
            case HUISHOUDENS_TOTAAL -> huishoudensTotaal;
            case STEDELIJKHEID -> stedelijkheid;
            case INWONERS_0_TOT_15 -> inwoners0Tot15;
            case INWONERS_15_TOT_25 -> inwoners15Tot25;
            case INWONERS_25_TOT_45 -> inwoners25Tot45;
            case INWONERS_45_TOT_65 -> inwoners45Tot65;
            case INWONERS_65_OF_OUDER -> inwoners65OfOuder;
            case GEREGISTREERDE_MISDRIJVEN -> geregistreerdeMisdrijven;
            case MISDRIJVEN_VERMOGEN -> misdrijvenVermogen;
            case MISDRIJVEN_GEWELD -> misdrijvenGeweld;
            case MISDRIJVEN_VERNIELING -> misdrijvenVernieling;
        };
        return value == null ? null : value.doubleValue();
    }
}
