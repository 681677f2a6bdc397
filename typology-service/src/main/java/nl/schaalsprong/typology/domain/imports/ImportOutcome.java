package nl.schaalsprong.typology.domain.imports;

/**
 * The counts of a finished read-and-store: {@code rowsRead = accepted + rejected} and, when stored,
 * {@code accepted = created + updated + unchanged}.
 */
public record ImportOutcome(int rowsRead, int accepted, int rejected, int created, int updated, int unchanged) {

    public ImportOutcome {
        if (rowsRead < 0 || accepted < 0 || rejected < 0 || created < 0 || updated < 0 || unchanged < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
        if (accepted + rejected != rowsRead) {
            throw new IllegalArgumentException("accepted " + accepted + " + rejected " + rejected
                    + " must be rows read " + rowsRead);
        }
        if (created + updated + unchanged != 0 && created + updated + unchanged != accepted) {
            throw new IllegalArgumentException("created + updated + unchanged must be the accepted rows or none");
        }
    }
}
