package nl.schaalsprong.verification.evidencesummary.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.Route;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceDerivation;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import nl.schaalsprong.verification.domain.evidence.EvidenceRules;
import nl.schaalsprong.verification.domain.evidence.LessonFacts;
import nl.schaalsprong.verification.evidencesummary.domain.EvidenceTally;
import nl.schaalsprong.verification.evidencesummary.domain.LessonStanding;
import nl.schaalsprong.verification.evidencesummary.domain.SummaryDimension;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Counts the lessons verification knows (every lesson a LessonTagged told it of) by evidence level. A lesson's level
 * and supported layer are those last derived and stored (lesson_evidence, rederived whenever its verifications
 * change); a lesson without verifications has no stored row and is derived here, from its origin alone, by the
 * same rules.
 */
@ApplicationScoped
public class EvidenceSummaryService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final EvidenceRules rules;

    public EvidenceSummaryService(EntityManager entityManager, ObjectMapper mapper, EvidenceRules rules) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.rules = rules;
    }

    @Transactional
    public EvidenceTally summary(SummaryDimension by) {
        return EvidenceTally.of(by, standings());
    }

    private List<LessonStanding> standings() {
        List<?> rows = entityManager.createNativeQuery("""
                        select l.id, cast(l.routes as text), l.claimed_layer, e.level, e.supported_layer,
                               cast(l.origin_buurt_codes as text), cast(l.experiment_conditions as text)
                          from lesson l left join lesson_evidence e on e.lesson_id = l.id""")
                .getResultList();
        return rows.stream().map(row -> standing((Object[]) row)).toList();
    }

    private LessonStanding standing(Object[] row) {
        Set<Route> routes = strings(row[1]).stream().map(Route::valueOf).collect(Collectors.toSet());
        Layer claimed = row[2] == null ? null : Layer.valueOf((String) row[2]);
        if (row[3] != null) {
            return new LessonStanding(routes, claimed, EvidenceLevel.valueOf((String) row[3]),
                    row[4] == null ? null : Layer.valueOf((String) row[4]));
        }
        LessonFacts origin = new LessonFacts(row[0] instanceof UUID id ? id : UUID.fromString(row[0].toString()), Set.copyOf(strings(row[5])),
                strings(row[6]).stream().map(ExperimentCondition::valueOf).collect(Collectors.toSet()));
        Evidence evidence = EvidenceDerivation.derive(rules, origin, List.of());
        return new LessonStanding(routes, claimed, evidence.level(), evidence.supportedLayer());
    }

    private List<String> strings(Object json) {
        try {
            return json == null ? List.of() : mapper.readValue((String) json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the lesson read model holds an array that is not JSON", e);
        }
    }
}
