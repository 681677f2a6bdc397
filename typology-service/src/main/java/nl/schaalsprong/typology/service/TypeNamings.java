package nl.schaalsprong.typology.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.domain.typology.TypeNaming;
import nl.schaalsprong.typology.domain.typology.Typology;
import nl.schaalsprong.typology.domain.typology.TypologyType;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Stewards name and describe the types of a typology. */
@ApplicationScoped
public class TypeNamings {

    private final TypologyStore typologies;
    private final TypeNamingStore names;
    private final Clock clock;

    public TypeNamings(TypologyStore typologies, TypeNamingStore names, Clock clock) {
        this.typologies = typologies;
        this.names = names;
        this.clock = clock;
    }

    /**
     * Gives type {@code typeNumber} a name and description as a new revision, and answers the type as named.
     * The typology is locked meanwhile, so two stewards naming two types alike at once cannot both succeed.
     */
    @Transactional
    public TypologyType name(UUID typologyId, int typeNumber, String name, String description, String steward) {
        Typology typology = typologies.getForUpdate(typologyId);
        TypeNaming.requireNameable(typology);
        if (typeNumber < 1 || typeNumber > typology.k()) {
            throw new NotFoundException("type in typology " + typologyId, typeNumber);
        }
        Map<Integer, TypeNaming> current = names.current(typologyId);
        TypeNaming previous = current.get(typeNumber);
        TypeNaming naming = new TypeNaming(name, description, steward, OffsetDateTime.now(clock),
                previous == null ? 1 : previous.revision() + 1);
        naming.requireDistinctFrom(typeNumber, current.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
        names.add(typologyId, typeNumber, naming);
        return typologies.types(typologyId).get(typeNumber - 1).named(naming);
    }
}
