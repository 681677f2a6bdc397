package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.evidence.Origin;
import nl.schaalsprong.verification.domain.evidence.VerificationFact;
import nl.schaalsprong.verification.domain.evidence.VerificationHistory;
import nl.schaalsprong.verification.domain.evidence.VerificationStage;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A component's tallies per typology type, counted as the evidence rules count: only buurten outside every pooled
 * lesson's origin, each buurt once per outcome (two lessons confirmed in one buurt are one confirmation). Facts
 * without a type are left out: they say nothing about a type. Pure.
 */
public final class TypeTallies {

    private TypeTallies() {
    }

    public static SortedMap<String, TypeTally> of(VerificationHistory history) {
        Origin origin = history.lesson().origin();
        SortedMap<String, TypeTally> tallies = new TreeMap<>();
        Set<String> types = new TreeSet<>();
        history.verifications().stream().filter(f -> f.typeLabel() != null).forEach(f -> types.add(f.typeLabel()));
        for (String type : types) {
            Predicate<VerificationFact> inType = f -> type.equals(f.typeLabel())
                    && !origin.isOriginBuurt(f.targetBuurtCode());
            tallies.put(type, new TypeTally(
                    buurten(history, inType.and(VerificationFact::confirmed)),
                    buurten(history, inType.and(VerificationFact::notConfirmed)),
                    buurten(history, inType.and(VerificationFact::inconclusive)),
                    buurten(history, inType.and(f -> f.stage() == VerificationStage.DECLINED))));
        }
        return tallies;
    }

    /** What the tallies of several types (a wijk's or gemeente's) add up to. */
    public static TypeTally across(Map<String, TypeTally> tallies, Iterable<String> types) {
        TypeTally sum = TypeTally.NONE;
        for (String type : types) {
            sum = sum.plus(tallies.getOrDefault(type, TypeTally.NONE));
        }
        return sum;
    }

    private static int buurten(VerificationHistory history, Predicate<VerificationFact> which) {
        return (int) history.verifications().stream().filter(which).map(VerificationFact::targetBuurtCode).distinct()
                .count();
    }
}
