package nl.schaalsprong.lessons.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.ApproachComponent;
import nl.schaalsprong.lessons.domain.Tag;
import nl.schaalsprong.platform.domain.ConflictException;
import nl.schaalsprong.platform.domain.RuleViolationException;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** The vocabulary of approach components that tags come from (themes are a fixed enum, {@code Theme}). */
@ApplicationScoped
public class VocabularyService {

    private final Clock clock;

    public VocabularyService(Clock clock) {
        this.clock = clock;
    }

    @Transactional
    public List<ApproachComponent> components() {
        return ApproachComponent.listAll(Sort.ascending("code"));
    }

    @Transactional
    public ApproachComponent add(Tag code, String label, String description, String who) {
        if (ApproachComponent.findById(code.value()) != null) {
            throw new ConflictException("approach component '" + code + "' already exists");
        }
        ApproachComponent component = ApproachComponent.define(code, label, description, who, OffsetDateTime.now(clock));
        component.persist();
        return component;
    }

    /** Free tags are single words; a 'theme/component' tag must be in the vocabulary, so typos do not split lessons. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireKnown(List<Tag> tags) {
        List<String> unknown = tags.stream().filter(Tag::isComponent)
                .filter(tag -> ApproachComponent.findById(tag.value()) == null).map(Tag::value).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("unknown approach component " + String.join(", ", unknown)
                    + "; see GET /api/v1/vocabularies/components, or use a free tag without '/'");
        }
    }
}
