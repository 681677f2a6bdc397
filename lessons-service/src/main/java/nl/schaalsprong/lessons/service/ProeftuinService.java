package nl.schaalsprong.lessons.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.ExperimentCondition;
import nl.schaalsprong.lessons.domain.Proeftuin;
import nl.schaalsprong.lessons.domain.ProeftuinNotFoundException;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.paging.Page;

import java.util.List;

/** The register of proeftuinen. */
@ApplicationScoped
public class ProeftuinService {

    private final OriginBuurten buurten;

    public ProeftuinService(OriginBuurten buurten) {
        this.buurten = buurten;
    }

    /** By round, then id: the order in which the programme selected them. */
    @Transactional
    public Page<Proeftuin> list(int page, int size) {
        var query = Proeftuin.<Proeftuin>findAll(Sort.ascending("ronde").and("id"));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    @Transactional
    public Proeftuin find(String id) {
        return Proeftuin.<Proeftuin>findByIdOptional(id).orElseThrow(() -> new ProeftuinNotFoundException(id));
    }

    /** Replaces the covered buurten; every code must be known to typology-service. */
    @Transactional
    public Proeftuin coverBuurten(String id, List<String> codes) {
        List<BuurtCode> known = buurten.known(codes);
        Proeftuin proeftuin = find(id);
        proeftuin.coverBuurten(known);
        return flushed(proeftuin);
    }

    /** Sets what the sources did not say; a null argument leaves that field as it is. */
    @Transactional
    public Proeftuin complete(String id, GemeenteCode gemeente, List<ExperimentCondition> conditions) {
        Proeftuin proeftuin = find(id);
        if (gemeente != null) {
            proeftuin.setGemeente(gemeente);
        }
        if (conditions != null) {
            proeftuin.setExperimentConditions(conditions);
        }
        return flushed(proeftuin);
    }

    /** Flushed so that the answer carries the new version. */
    private static Proeftuin flushed(Proeftuin proeftuin) {
        Proeftuin.getEntityManager().flush();
        return proeftuin;
    }
}
