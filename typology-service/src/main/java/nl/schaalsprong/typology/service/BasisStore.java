package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.domain.basis.BasisName;
import nl.schaalsprong.typology.domain.basis.BasisStatus;
import nl.schaalsprong.typology.domain.basis.ComparabilityBasis;

import java.util.List;
import java.util.Optional;

/** Tables {@code comparability_basis} (+ weights) and {@code comparability_basis_default}. */
@ApplicationScoped
public class BasisStore {

    private final EntityManager entityManager;

    public BasisStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(ComparabilityBasis basis) {
        entityManager.persist(basis);
    }

    /** Writes pending changes, so a native read in the same transaction (the snapshot's pinned years) sees them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        entityManager.flush();
    }

    public Optional<ComparabilityBasis> find(BasisName name, int version) {
        return entityManager.createQuery("select b from ComparabilityBasis b where b.name = ?1 and b.version = ?2",
                        ComparabilityBasis.class)
                .setParameter(1, name.value()).setParameter(2, version)
                .getResultStream().findFirst();
    }

    /** All versions, by name then version. */
    public List<ComparabilityBasis> all() {
        return entityManager.createQuery("select b from ComparabilityBasis b order by b.name, b.version",
                ComparabilityBasis.class).getResultList();
    }

    public List<ComparabilityBasis> versions(BasisName name) {
        return entityManager.createQuery("select b from ComparabilityBasis b where b.name = ?1 order by b.version",
                ComparabilityBasis.class).setParameter(1, name.value()).getResultList();
    }

    public int latestVersion(BasisName name) {
        Integer latest = entityManager.createQuery("select max(b.version) from ComparabilityBasis b where b.name = ?1",
                Integer.class).setParameter(1, name.value()).getSingleResult();
        return latest == null ? 0 : latest;
    }

    public Optional<ComparabilityBasis> latestPublished(BasisName name) {
        return entityManager.createQuery("select b from ComparabilityBasis b where b.name = ?1 and b.status = ?2"
                        + " order by b.version desc", ComparabilityBasis.class)
                .setParameter(1, name.value()).setParameter(2, BasisStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    public BasisName defaultName() {
        return BasisName.of((String) entityManager.createNativeQuery("select name from comparability_basis_default")
                .getSingleResult());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setDefault(BasisName name) {
        entityManager.createNativeQuery("update comparability_basis_default set name = ?1")
                .setParameter(1, name.value()).executeUpdate();
    }
}
