package nl.schaalsprong.typology.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.typology.domain.typology.ClusteringSpace;
import nl.schaalsprong.typology.domain.typology.Clustering;
import nl.schaalsprong.typology.domain.typology.PenPortrait;
import nl.schaalsprong.typology.domain.typology.Typology;
import nl.schaalsprong.typology.domain.typology.TypologyType;
import org.hibernate.Session;

import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tables {@code typology} (JPA), {@code typology_type} and {@code typology_assignment} (JDBC: the 13,817 assignment
 * rows of a run go in as one statement, not as entities). Callers bring the transaction.
 */
@ApplicationScoped
public class TypologyStore {

    private final EntityManager entityManager;
    private final ObjectMapper json;

    public TypologyStore(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** From a sequence, not max + 1: two runs started at once never get the same version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextVersion() {
        return ((Number) entityManager.createNativeQuery("select nextval('typology_version_seq')").getSingleResult())
                .intValue();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(Typology typology) {
        entityManager.persist(typology);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Typology get(UUID id) {
        return Optional.ofNullable(entityManager.find(Typology.class, id))
                .orElseThrow(() -> new NotFoundException("typology", id));
    }

    /** Locked until the transaction ends, so two concurrent transitions of one typology happen one after the other. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Typology getForUpdate(UUID id) {
        return Optional.ofNullable(entityManager.find(Typology.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new NotFoundException("typology", id));
    }

    /** Newest version first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<Typology> list(int page, int size) {
        List<Typology> items = entityManager.createQuery("select t from Typology t order by t.version desc",
                        Typology.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = entityManager.createQuery("select count(t) from Typology t", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** Typologies still RUNNING that were started before {@code before}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Typology> leaseRunOut(OffsetDateTime now) {
        return entityManager.createQuery("select t from Typology t where t.status = "
                        + "nl.schaalsprong.typology.domain.typology.TypologyStatus.RUNNING"
                        + " and (t.leaseUntil is null or t.leaseUntil < :now) order by t.version", Typology.class)
                .setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** The newest published typology, if any. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Typology> current() {
        return entityManager.createQuery("select t from Typology t where t.status = "
                        + "nl.schaalsprong.typology.domain.typology.TypologyStatus.PUBLISHED "
                        + "order by t.publishedAt desc, t.version desc", Typology.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Writes the types with their portraits and every buurt's type and distance to its type's medoid. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addOutcome(UUID typologyId, ClusteringSpace space, Clustering clustering, List<TypologyType> types) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into typology_type "
                    + "(typology_id, type_number, label, medoid_code, size, pen_portrait) values (?, ?, ?, ?, ?, ?::jsonb)")) {
                for (TypologyType type : types) {
                    insert.setObject(1, typologyId);
                    insert.setInt(2, type.number());
                    insert.setString(3, type.label());
                    insert.setString(4, type.medoidCode());
                    insert.setInt(5, type.size());
                    insert.setString(6, write(type.portrait()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            // One statement over three arrays instead of 13,817 batched rows: a single round trip and plan.
            int n = clustering.size();
            String[] codes = new String[n];
            Integer[] typeNumbers = new Integer[n];
            Double[] distances = new Double[n];
            for (int i = 0; i < n; i++) {
                codes[i] = space.code(i);
                typeNumbers[i] = clustering.clusterOf(i) + 1;
                distances[i] = clustering.distanceOf(i);
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into typology_assignment "
                    + "(typology_id, buurt_code, type_number, distance) "
                    + "select ?, code, type_number, distance from unnest(?::varchar[], ?::integer[], ?::float8[]) "
                    + "as a(code, type_number, distance)")) {
                insert.setObject(1, typologyId);
                insert.setArray(2, connection.createArrayOf("varchar", codes));
                insert.setArray(3, connection.createArrayOf("integer", typeNumbers));
                insert.setArray(4, connection.createArrayOf("float8", distances));
                insert.executeUpdate();
            }
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TypologyType> types(UUID typologyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select type_number, label, medoid_code, "
                        + "pen_portrait::text from typology_type where typology_id = :id order by type_number")
                .setParameter("id", typologyId).getResultList();
        return rows.stream().map(r -> new TypologyType(((Number) r[0]).intValue(), (String) r[1], (String) r[2],
                read((String) r[3]))).toList();
    }

    /** A type's buurten, nearest its centre first (equal distances by code), with name and gemeente. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page<TypologyMember> members(UUID typologyId, int typeNumber, int page, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select a.buurt_code, n.name, n.gemeente_naam, "
                        + "a.distance from typology_assignment a left join neighbourhood n on n.code = a.buurt_code "
                        + "where a.typology_id = :id and a.type_number = :type order by a.distance, a.buurt_code "
                        + "offset :offset limit :limit")
                .setParameter("id", typologyId).setParameter("type", typeNumber)
                .setParameter("offset", (long) page * size).setParameter("limit", size).getResultList();
        long total = ((Number) entityManager.createNativeQuery("select count(*) from typology_assignment "
                        + "where typology_id = :id and type_number = :type")
                .setParameter("id", typologyId).setParameter("type", typeNumber).getSingleResult()).longValue();
        List<TypologyMember> items = rows.stream().map(r -> new TypologyMember((String) r[0], (String) r[1],
                (String) r[2], typeNumber, ((Number) r[3]).doubleValue())).toList();
        return new Page<>(items, page, size, total);
    }

    /** Every typed buurt's code and type number in a typology, in one read: for the in-memory lookup of types. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Object[]> assignments(UUID typologyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select buurt_code, type_number from typology_assignment "
                        + "where typology_id = :id").setParameter("id", typologyId).getResultList();
        return rows;
    }

    /** The buurt's type number and distance in a typology, if it was typed there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<TypologyMember> member(UUID typologyId, String buurtCode) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select a.buurt_code, n.name, n.gemeente_naam, "
                        + "a.type_number, a.distance from typology_assignment a "
                        + "left join neighbourhood n on n.code = a.buurt_code "
                        + "where a.typology_id = :id and a.buurt_code = :code")
                .setParameter("id", typologyId).setParameter("code", buurtCode).getResultList();
        return rows.stream().findFirst().map(r -> new TypologyMember((String) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).doubleValue()));
    }

    private String write(PenPortrait portrait) {
        try {
            return json.writeValueAsString(portrait);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PenPortrait read(String portrait) {
        try {
            return json.readValue(portrait, PenPortrait.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
