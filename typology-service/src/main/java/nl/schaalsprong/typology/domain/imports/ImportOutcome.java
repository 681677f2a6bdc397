package nl.schaalsprong.typology.domain.imports;

/**
 * The counts of a finished read-and-store: {@code rowsRead = accepted + rejected} and, when stored,
 * {@code accepted = created + updated + unchanged + unplaced} (unplaced: valid rows whose code is not a registered
 * buurt, in a file that does not name buurten and so cannot register them).
 */
public record ImportOutcome(int rowsRead, int accepted, int rejected, int created, int updated, int unchanged,
                            int unplaced) {

    /** An outcome in which every accepted row had its buurt. */
    public ImportOutcome(int rowsRead, int accepted, int rejected, int created, int updated, int unchanged) {
        this(rowsRead, accepted, rejected, created, updated, unchanged, 0);
    }

    public ImportOutcome {
        if (rowsRead < 0 || accepted < 0 || rejected < 0 || created < 0 || updated < 0 || unchanged < 0
                || unplaced < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (accepted + rejected != rowsRead) {
            throw new IllegalArgumentException("accepted " + accepted + " + rejected " + rejected
                    + " must be rows read " + rowsRead);
        }
        int stored = created + updated + unchanged + unplaced;
        if (stored != 0 && stored != accepted) {
            throw new IllegalArgumentException("created + updated + unchanged + unplaced must be the accepted rows "
                    + "or none");
        }
    }
}
