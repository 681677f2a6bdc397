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

/**
 * A registered CBS buurt: code, name, wijk and gemeente. Its figures are in the figure catalogue's values. Read-only
 * for JPA: imports write the table with one set-based upsert per batch (see the service's NeighbourhoodStore), which
 * is what makes re-importing the same file a no-op.
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

    /** The year of the file that last named this buurt (its figures carry their own years). */
    public int importYear() {
        return importYear;
    }

    /** When an import last changed this buurt (an import that changes nothing leaves it alone). */
    public OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
