package nl.schaalsprong.typology.service;

import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.figure.service.FigureValueStore;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figure values an import wrote for buurten already registered, in its year, when that is all it changed (no
 * buurt registered or renamed, no figure declared, no steward attribute set): then the snapshot in service can be
 * revised with them ({@link ComparabilityIndex#replaceOnCommit(ImportedFigures)}) instead of read whole again.
 *
 * @param writes the values as the import wrote them (a null value: removed)
 */
public record ImportedFigures(int year, List<FigureValueStore.Write> writes) {

    public ImportedFigures {
        writes = List.copyOf(writes);
    }

    /** The figures it wrote values of. */
    Set<DimensionKey> figures() {
        return writes.stream().map(FigureValueStore.Write::figure).collect(Collectors.toSet());
    }

    /** Whether it removed a value: then a buurt's newest may be an older year's, which the snapshot does not hold. */
    boolean removesAny() {
        return writes.stream().anyMatch(w -> w.value() == null);
    }
}
