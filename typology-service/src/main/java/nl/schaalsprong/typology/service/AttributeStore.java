package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.typology.domain.catalogue.AssignedValue;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.platform.time.NativeTimestamps;

import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Table {@code neighbourhood_attribute}: one generic row per buurt and dimension. */
@ApplicationScoped
public class AttributeStore {

    private static final String UPSERT = """
            insert into neighbourhood_attribute (code, key, text_value, numeric_value, set_at, set_by)
            values (?, ?, ?, ?, ?, ?)
            on conflict (code, key) do update set text_value = excluded.text_value,
                numeric_value = excluded.numeric_value, set_at = excluded.set_at, set_by = excluded.set_by
            where (neighbourhood_attribute.text_value, neighbourhood_attribute.numeric_value)
                is distinct from (excluded.text_value, excluded.numeric_value)""";

    private final EntityManager entityManager;

    public AttributeStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Every stored value, by buurt: what the comparability snapshot is built from. */
    @Transactional
    public Map<BuurtCode, Map<DimensionKey, AttributeValue>> all() {
        Map<BuurtCode, Map<DimensionKey, AttributeValue>> byBuurt = new HashMap<>();
        for (Object[] row : rows("select code, key, text_value, numeric_value, set_at, set_by"
                + " from neighbourhood_attribute", null)) {
            AssignedValue value = assigned(row);
            byBuurt.computeIfAbsent(BuurtCode.of((String) row[0]), c -> new HashMap<>()).put(value.key(), value.value());
        }
        return byBuurt;
    }

    @Transactional
    public List<AssignedValue> of(BuurtCode code) {
        return rows("select code, key, text_value, numeric_value, set_at, set_by from neighbourhood_attribute"
                + " where code = ?1 order by key", code.value()).stream().map(AttributeStore::assigned).toList();
    }

    /**
     * Stores a value, unless the same value is stored already.
     *
     * @return whether anything changed; setting a buurt's value to what it already is changes nothing
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(BuurtCode code, DimensionKey key, AttributeValue value, String by, OffsetDateTime now) {
        // Plain JDBC: nulls need their SQL type, which a native JPA query cannot be told.
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                upsert.setString(1, code.value());
                upsert.setString(2, key.value());
                upsert.setString(3, value.text());
                if (value.number() == null) {
                    upsert.setNull(4, Types.DOUBLE);
                } else {
                    upsert.setDouble(4, value.number());
                }
                upsert.setObject(5, now);
                upsert.setString(6, by);
                return upsert.executeUpdate() > 0;
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String code) {
        var query = entityManager.createNativeQuery(sql);
        if (code != null) {
            query.setParameter(1, code);
        }
        return query.getResultList();
    }

    private static AssignedValue assigned(Object[] row) {
        AttributeValue value = row[2] != null ? AttributeValue.level((String) row[2])
                : AttributeValue.number(((Number) row[3]).doubleValue());
        return new AssignedValue(DimensionKey.of((String) row[1]), value, NativeTimestamps.of(row[4]), (String) row[5]);
    }
}
