package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.domain.imports.BuurtRevision;

import java.util.List;

/** What an upsert did: its counts, and the value changes of each buurt it created or changed. */
record Upserted(UpsertCounts counts, List<BuurtRevision> revisions) {

    static final Upserted NONE = new Upserted(UpsertCounts.NONE, List.of());

    Upserted {
        revisions = List.copyOf(revisions);
    }
}
