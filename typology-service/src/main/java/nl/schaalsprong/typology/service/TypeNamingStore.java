package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.typology.domain.typology.TypeNaming;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Table {@code typology_type_name} (V30): append-only revisions of what stewards named a typology's types. */
@ApplicationScoped
public class TypeNamingStore {

    private final EntityManager entityManager;

    public TypeNamingStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The current (highest) revision of every named type of a typology, by type number. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<Integer, TypeNaming> current(UUID typologyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select distinct on (type_number) type_number, name, "
                        + "description, named_by, named_at, revision from typology_type_name where typology_id = :id "
                        + "order by type_number, revision desc")
                .setParameter("id", typologyId).getResultList();
        Map<Integer, TypeNaming> byType = new HashMap<>();
        for (Object[] r : rows) {
            byType.put(((Number) r[0]).intValue(), new TypeNaming((String) r[1], (String) r[2], (String) r[3],
                    toOffset(r[4]), ((Number) r[5]).intValue()));
        }
        return byType;
    }

    /** Adds a revision; the caller holds the typology's lock, so revisions of one type never clash. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(UUID typologyId, int typeNumber, TypeNaming naming) {
        entityManager.createNativeQuery("insert into typology_type_name (typology_id, type_number, revision, name, "
                        + "description, named_by, named_at) values (:id, :type, :revision, :name, :description, :by, :at)")
                .setParameter("id", typologyId).setParameter("type", typeNumber)
                .setParameter("revision", naming.revision()).setParameter("name", naming.name())
                .setParameter("description", naming.description()).setParameter("by", naming.namedBy())
                .setParameter("at", naming.namedAt())
                .executeUpdate();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
