package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.domain.NotFoundException;
import nl.schaalsprong.typology.domain.catalogue.AttributeValue;
import nl.schaalsprong.typology.domain.catalogue.DimensionCatalogue;
import nl.schaalsprong.typology.domain.catalogue.DimensionKey;
import nl.schaalsprong.typology.domain.catalogue.StandardDimensions;
import nl.schaalsprong.typology.figure.KwbFigures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ComparabilitySnapshot#revised}: a snapshot revised with some buurten's new figure values is the snapshot a
 * full build of the members with those values gives, to the last bit of every raw and scaled value and in every
 * search answer; among them figures behind a LOG and a SHARE dimension (whose other figure the revision takes from
 * the snapshot), an ordinal, values that appear where there were none, and a buurt that is a proeftuin.
 */
class SnapshotRevisionTest {

    private static final DimensionCatalogue CATALOGUE = KwbFigures.catalogue();
    private static final List<DimensionKey> FIGURES = List.of(KwbFigures.key("AANTAL_INWONERS"),
            KwbFigures.key("BEVOLKINGSDICHTHEID"), KwbFigures.key("GEMIDDELDE_HUISHOUDENSGROOTTE"),
            KwbFigures.key("HUISHOUDENS_MET_KINDEREN"), KwbFigures.key("HUISHOUDENS_TOTAAL"),
            KwbFigures.key("INWONERS_65_OF_OUDER"));
    /** What the "import" brings: the part of a SHARE, the figure of a LOG, a plain number and the ordinal. */
    private static final List<DimensionKey> IMPORTED = List.of(KwbFigures.key("HUISHOUDENS_MET_KINDEREN"),
            KwbFigures.key("BEVOLKINGSDICHTHEID"), KwbFigures.key("GEMIDDELDE_HUISHOUDENSGROOTTE"),
            StandardDimensions.STEDELIJKHEID_KEY);

    @Test
    void aRevisedSnapshotIsTheFullBuildOfTheRevisedMembers() {
        Random random = new Random(14);
        List<ComparabilitySnapshot.Member> members = new ArrayList<>();
        for (int b = 0; b < 300; b++) {
            members.add(member(b, random));
        }
        Map<BuurtCode, Map<DimensionKey, AttributeValue>> changes = new HashMap<>();
        List<ComparabilitySnapshot.Member> revisedMembers = new ArrayList<>();
        for (ComparabilitySnapshot.Member member : members) {
            if (random.nextInt(3) == 0) {
                Map<DimensionKey, AttributeValue> changed = new HashMap<>();
                for (DimensionKey figure : IMPORTED) {
                    if (random.nextInt(4) != 0) {
                        changed.put(figure, value(figure, random));
                    }
                }
                changes.put(member.code(), changed);
                Map<DimensionKey, AttributeValue> figures = new HashMap<>(member.figures());
                figures.putAll(changed);
                member = new ComparabilitySnapshot.Member(member.code(), member.naam(), member.gemeenteNaam(), figures,
                        member.attributes());
            }
            revisedMembers.add(member);
        }

        ComparabilitySnapshot revised = ComparabilitySnapshot.of(CATALOGUE, members).revised(changes).orElseThrow();
        ComparabilitySnapshot full = ComparabilitySnapshot.of(CATALOGUE, revisedMembers);

        List<BuurtCode> from = new ArrayList<>();
        for (int i = 0; i < full.size(); i += 37) {
            from.add(full.code(i));
        }
        SameSnapshot.assertSame(full, revised, from);
    }

    @Test
    void aBuurtTheSnapshotLacksIsNotFound() {
        ComparabilitySnapshot snapshot = ComparabilitySnapshot.of(CATALOGUE, List.of(member(1, new Random(1))));
        assertThrows(NotFoundException.class, () -> snapshot.revised(Map.of(BuurtCode.of("BU99999999"),
                Map.of(StandardDimensions.HUISHOUDENSGROOTTE, AttributeValue.number(2)))));
    }

    /** A SHARE whose other figure has no column of its own: the buurt's value of it is not in the snapshot. */
    @Test
    void aDerivedDimensionOnAFigureWithoutItsOwnColumnCannotBeRevised() {
        DimensionCatalogue withoutTotal = new DimensionCatalogue(CATALOGUE.definitions().stream()
                .filter(d -> !d.key().equals(KwbFigures.key("HUISHOUDENS_TOTAAL"))).toList());
        ComparabilitySnapshot snapshot = ComparabilitySnapshot.of(withoutTotal, List.of(member(1, new Random(1))));
        assertTrue(snapshot.revised(Map.of(snapshot.code(0), Map.of(KwbFigures.key("HUISHOUDENS_MET_KINDEREN"),
                AttributeValue.number(3)))).isEmpty());
    }

    private static ComparabilitySnapshot.Member member(int b, Random random) {
        Map<DimensionKey, AttributeValue> figures = new HashMap<>();
        for (DimensionKey figure : FIGURES) {
            if (random.nextInt(6) != 0) {
                figures.put(figure, value(figure, random));
            }
        }
        figures.put(StandardDimensions.STEDELIJKHEID_KEY, value(StandardDimensions.STEDELIJKHEID_KEY, random));
        Map<DimensionKey, AttributeValue> attributes = b % 17 == 0
                ? Map.of(StandardDimensions.PROEFTUIN_STATUS, AttributeValue.level("ja")) : Map.of();
        BuurtCode code = BuurtCode.of(String.format("BU%04d%04d", b % 7, b));
        return new ComparabilitySnapshot.Member(code, "Naam " + b, "Gemeente " + b % 7, figures, attributes);
    }

    private static AttributeValue value(DimensionKey figure, Random random) {
        return figure.equals(StandardDimensions.STEDELIJKHEID_KEY)
                ? AttributeValue.level(Integer.toString(1 + random.nextInt(5)))
                : AttributeValue.number(Math.round(random.nextDouble() * 5_000) / 10.0);
    }
}
