package nl.schaalsprong.typology.area.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.typology.area.domain.Area;
import nl.schaalsprong.typology.area.domain.AreaQuery;
import nl.schaalsprong.typology.area.domain.AreaRegister;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * The register of CBS areas of 2024, read once from the shipped files at start-up: reference data that changes
 * only with a new CBS year (and then with a new release), so it is held in memory rather than in a table.
 */
@ApplicationScoped
public class Areas {

    private static final Logger LOG = Logger.getLogger(Areas.class);

    private final ManagedExecutor executor;
    private volatile AreaRegister register;

    public Areas(ManagedExecutor executor) {
        this.executor = executor;
    }

    /** Read in the background, so start-up does not wait for it; a request that comes first waits instead. */
    void onStart(@Observes StartupEvent start) {
        executor.execute(this::register);
    }

    /** The register, read on first use if start-up has not read it yet. */
    public AreaRegister register() {
        AreaRegister loaded = register;
        if (loaded == null) {
            synchronized (this) {
                if (register == null) {
                    long started = System.nanoTime();
                    register = new AreaRegister(ShippedAreas.read());
                    LOG.infof("area register holds %d buurten, wijken and gemeenten (read in %d ms)",
                            register.size(), (System.nanoTime() - started) / 1_000_000);
                }
                loaded = register;
            }
        }
        return loaded;
    }

    /** One page of the areas matching the query, best match first. */
    public Page<AreaRegister.Hit> search(AreaQuery query, int page, int size) {
        AreaRegister.Found found = register().search(query, page, size);
        return new Page<>(found.hits(), page, size, found.total());
    }

    /** The buurten in a wijk or gemeente, by name (see {@link AreaRegister#buurtenIn}). */
    public java.util.List<Area> buurtenIn(String code) {
        return register().buurtenIn(code);
    }

    /**
     * @throws nl.schaalsprong.platform.domain.NotFoundException for a well-formed code not in the register
     */
    public Area get(String code) {
        return register().get(code);
    }
}
