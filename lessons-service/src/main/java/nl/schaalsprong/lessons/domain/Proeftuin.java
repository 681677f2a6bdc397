package nl.schaalsprong.lessons.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.WijkCode;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A PAW pilot (proeftuin). Seeded from public sources; what the sources do not say stays unknown (null or
 * empty) until a steward sets it: nothing is guessed.
 */
@Entity
@Table(name = "proeftuin")
public class Proeftuin extends PanacheEntityBase {

    /** Slug of gemeente and wijk, e.g. {@code groningen-paddepoel-en-selwerd}; see {@link #slug}. */
    @Id
    public String id;

    @Column(name = "gemeente_naam", nullable = false)
    public String gemeenteNaam;

    /** CBS gemeente code; unknown (null) until a steward sets it, since the sources name the gemeente only. */
    @Column(name = "gemeente_code")
    public String gemeenteCode;

    /** The wijk or village as the source names it; null when the source does not. */
    @Column(name = "wijk_naam")
    public String wijkNaam;

    /** PAW round (1, 2, 3). */
    @Column(nullable = false)
    public int ronde;

    @Column(name = "selectie_jaar", nullable = false)
    public int selectieJaar;

    /** Heat strategy as the source states it; null when it does not. */
    public String warmtestrategie;

    @Column(name = "bron_url", nullable = false)
    public String bronUrl;

    public String opmerking;

    /** CBS buurt codes the proeftuin covers, checked against typology-service when set. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proeftuin_buurt", joinColumns = @JoinColumn(name = "proeftuin_id"))
    @Column(name = "buurt_code")
    public Set<String> buurtCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "proeftuin_condition", joinColumns = @JoinColumn(name = "proeftuin_id"))
    @Column(name = "condition")
    @Enumerated(EnumType.STRING)
    public Set<ExperimentCondition> experimentConditions = EnumSet.noneOf(ExperimentCondition.class);

    @Version
    public long version;

    protected Proeftuin() {
    }

    /** "Groningen, Paddepoel en Selwerd"; the gemeente alone when the wijk is unknown. */
    public String name() {
        return wijkNaam == null ? gemeenteNaam : gemeenteNaam + ", " + wijkNaam;
    }

    public void coverBuurten(Collection<BuurtCode> buurten) {
        buurtCodes.clear();
        buurten.forEach(code -> buurtCodes.add(code.value()));
    }

    public void setGemeente(GemeenteCode code) {
        gemeenteCode = code == null ? null : code.value();
    }

    public void setExperimentConditions(Collection<ExperimentCondition> conditions) {
        experimentConditions.clear();
        experimentConditions.addAll(conditions);
    }

    public SortedSet<String> sortedBuurtCodes() {
        return new TreeSet<>(buurtCodes);
    }

    /** The wijken follow from the buurten (a buurt code starts with its wijk's), so they are derived, not stored. */
    public List<String> wijkCodes() {
        return buurtCodes.stream().map(code -> BuurtCode.of(code).wijk()).map(WijkCode::value).distinct().sorted().toList();
    }

    /**
     * The id of a proeftuin: gemeente and wijk in lower case ASCII, every run of other characters one hyphen.
     * {@code ('s-Hertogenbosch, Het Zand)} becomes {@code s-hertogenbosch-het-zand}.
     */
    public static String slug(String gemeente, String wijk) {
        String both = wijk == null || wijk.isBlank() ? gemeente : gemeente + " " + wijk;
        String ascii = Normalizer.normalize(both, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The gemeente a lesson from this proeftuin belongs to: the register's, or, while the register does not know it
     * yet, the gemeente of the lesson's first origin buurt (a buurt code starts with its gemeente's digits).
     */
    public String gemeenteCodeFor(java.util.List<String> originBuurtCodes) {
        if (gemeenteCode != null) {
            return gemeenteCode;
        }
        return originBuurtCodes.isEmpty() ? null
                : nl.schaalsprong.platform.cbs.BuurtCode.of(originBuurtCodes.get(0)).gemeente().value();
    }
}
