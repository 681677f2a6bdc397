package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Table {@code index_version}: one number, raised by every transaction that changes what the comparability index is
 * built from. Raising it takes the row's lock until the transaction ends, so of two changes the second raises it
 * only after the first committed: a snapshot read after the raise, in the changing transaction, holds every change
 * with a lower version and its own, and is exactly the state at its version once it commits.
 */
@ApplicationScoped
public class IndexVersion {

    private final EntityManager entityManager;

    public IndexVersion(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Raises the version in the caller's transaction and returns the new one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long raise() {
        return single("update index_version set version = version + 1 returning version");
    }

    /** The committed version (or the caller's own raise). */
    @Transactional
    public long current() {
        return single("select version from index_version");
    }

    private long single(String sql) {
        return entityManager.unwrap(org.hibernate.Session.class).doReturningWork(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql);
                 java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }
}
