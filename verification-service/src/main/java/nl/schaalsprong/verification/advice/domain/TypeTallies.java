package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.evidence.Finding;
import nl.schaalsprong.verification.domain.evidence.Origin;
import nl.schaalsprong.verification.domain.evidence.VerificationHistory;
import nl.schaalsprong.verification.domain.evidence.VerificationStage;
import nl.schaalsprong.verification.domain.evidence.VerificationTally;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
        VerificationTally verifications = history.verifications();
        SortedMap<String, TypeTally> tallies = new TreeMap<>();
        for (String type : verifications.distinct(f -> true, Finding::typeLabel)) {
            Predicate<Finding> inType = f -> type.equals(f.typeLabel()) && !origin.isOriginBuurt(f.targetBuurtCode());
            tallies.put(type, new TypeTally(
                    buurten(verifications, inType.and(Finding::confirmed)),
                    buurten(verifications, inType.and(Finding::notConfirmed)),
                    buurten(verifications, inType.and(Finding::inconclusive)),
                    buurten(verifications, inType.and(f -> f.stage() == VerificationStage.DECLINED))));
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

    private static int buurten(VerificationTally verifications, Predicate<Finding> which) {
        return verifications.distinct(which, Finding::targetBuurtCode).size();
    }
}
