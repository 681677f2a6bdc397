package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.figure.service.FigureValueStore;

import nl.schaalsprong.typology.domain.imports.BuurtRevision;

import java.util.List;

/**
 * What an upsert did: its counts, the value changes of each buurt it created or changed, and the codes it could not
 * place (a file of figures alone naming buurten that are not registered, e.g. codes of another year's boundaries),
 * and the figure values it wrote (what the comparability snapshot is revised with).
 */
record Upserted(UpsertCounts counts, List<BuurtRevision> revisions, List<Unplaced> unplaced,
                List<FigureValueStore.Write> writes) {

    static final Upserted NONE = new Upserted(UpsertCounts.NONE, List.of(), List.of(), List.of());

    record Unplaced(String code) {
    }

    Upserted {
        revisions = List.copyOf(revisions);
        unplaced = List.copyOf(unplaced);
        writes = List.copyOf(writes);
    }
}
