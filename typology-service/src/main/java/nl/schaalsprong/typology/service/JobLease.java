package nl.schaalsprong.typology.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import nl.schaalsprong.typology.config.TypologyConfig;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The lease this process holds on the jobs it runs (imports and typology runs; issue 15). A job is started with this
 * process as its owner and a lease of {@code schaalsprong.typology.jobs.lease} (30 s); the owner renews the leases of
 * its running jobs ({@link LeaseKeeper}), and every replica marks FAILED the running jobs whose lease ran out (their
 * process stopped or hangs), at start-up and from then on. A live job of another replica is never touched.
 */
@ApplicationScoped
public class JobLease {

    private static final Logger LOG = Logger.getLogger(JobLease.class);

    /** This process, as the owner of its jobs: unique per start, so a restarted replica does not own its old jobs. */
    private final String owner = hostName() + "/" + UUID.randomUUID();
    private final Duration lease;
    private final Clock clock;
    private final EntityManager entityManager;

    public JobLease(TypologyConfig config, Clock clock, EntityManager entityManager) {
        this.lease = config.jobs().lease();
        this.clock = clock;
        this.entityManager = entityManager;
    }

    public String owner() {
        return owner;
    }

    /** Until when a lease taken or renewed now holds. */
    public OffsetDateTime until() {
        return OffsetDateTime.now(clock).plus(lease);
    }

    /** Moves the lease of every job this process runs; returns how many. */
    public int renew() {
        OffsetDateTime until = until();
        return QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class)
                .doReturningWork(connection -> {
                    int renewed = 0;
                    for (String table : new String[]{"import_job", "typology"}) {
                        try (PreparedStatement update = connection.prepareStatement("update " + table
                                + " set lease_until = ? where owner = ? and status = 'RUNNING'")) {
                            update.setObject(1, until);
                            update.setString(2, owner);
                            renewed += update.executeUpdate();
                        }
                    }
                    return renewed;
                }));
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            LOG.debug("no host name; the owner is a random id alone", e);
            return "typology-service";
        }
    }
}
