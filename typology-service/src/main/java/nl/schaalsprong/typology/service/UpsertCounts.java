package nl.schaalsprong.typology.service;

/** How many stored buurten an upsert created, changed, and found already identical. */
record UpsertCounts(int created, int updated, int unchanged) {

    static final UpsertCounts NONE = new UpsertCounts(0, 0, 0);

    UpsertCounts plus(UpsertCounts other) {
        return new UpsertCounts(created + other.created, updated + other.updated, unchanged + other.unchanged);
    }
}
