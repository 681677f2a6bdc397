package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.typology.domain.typology.TypeOfBuurt;
import nl.schaalsprong.typology.domain.typology.Typology;
import nl.schaalsprong.typology.domain.typology.TypologyStatus;
import nl.schaalsprong.typology.domain.typology.TypologyType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read side of typologies. */
@ApplicationScoped
public class TypologyQueries {

    /** A buurt in the current typology: which typology, which type, how far from the type's centre. */
    public record BuurtType(Typology typology, TypologyType type, TypologyMember member) {
    }

    private final TypologyStore store;
    private final TypeNamingStore names;

    public TypologyQueries(TypologyStore store, TypeNamingStore names) {
        this.store = store;
        this.names = names;
    }

    @Transactional
    public Typology typology(UUID id) {
        return store.get(id);
    }

    @Transactional
    public Page<Typology> list(int page, int size) {
        return store.list(page, size);
    }

    /**
     * The types of a finished typology with what stewards named them; a running or failed one has none yet, which is
     * a conflict, not emptiness.
     */
    @Transactional
    public List<TypologyType> types(UUID id) {
        requireComputed(store.get(id));
        return named(id);
    }

    private List<TypologyType> named(UUID id) {
        Map<Integer, nl.schaalsprong.typology.domain.typology.TypeNaming> current = names.current(id);
        return store.types(id).stream().map(type -> type.named(current.get(type.number()))).toList();
    }

    @Transactional
    public Page<TypologyMember> members(UUID id, int typeNumber, int page, int size) {
        Typology typology = store.get(id);
        requireComputed(typology);
        if (typeNumber < 1 || typeNumber > typology.k()) {
            throw new NotFoundException("type in typology " + id, typeNumber);
        }
        return store.members(id, typeNumber, page, size);
    }

    /** The buurt's type in the newest published typology. */
    @Transactional
    public BuurtType typeOf(BuurtCode code) {
        Typology current = store.current().orElseThrow(() -> new NotFoundException("published typology", "current"));
        TypologyMember member = store.member(current.id(), code.value())
                .orElseThrow(() -> new NotFoundException("buurt in typology version " + current.version(), code));
        TypologyType type = named(current.id()).get(member.typeNumber() - 1);
        return new BuurtType(current, type, member);
    }

    /** The id of the newest published typology, if any. */
    @Transactional
    public Optional<UUID> currentId() {
        return store.current().map(Typology::id);
    }

    /** Every typed buurt's type in a typology, by buurt code; one instance per type. */
    @Transactional
    public Map<String, TypeOfBuurt> typesByBuurt(UUID typologyId) {
        List<TypeOfBuurt> types = store.types(typologyId).stream()
                .map(type -> new TypeOfBuurt(typologyId, type.number(), type.label())).toList();
        List<Object[]> assignments = store.assignments(typologyId);
        Map<String, TypeOfBuurt> byBuurt = new HashMap<>(assignments.size() * 2);
        for (Object[] row : assignments) {
            byBuurt.put((String) row[0], types.get(((Number) row[1]).intValue() - 1));
        }
        return byBuurt;
    }

    private static void requireComputed(Typology typology) {
        if (typology.status() != TypologyStatus.DRAFT && typology.status() != TypologyStatus.PUBLISHED) {
            throw new ConflictException("typology " + typology.id() + " is " + typology.status()
                    + "; it has types once its run has finished");
        }
    }
}
