package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.platform.cbs.BuurtCode;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a lesson was learned: its origin buurten and the gemeenten they lie in. The gemeente follows from the
 * buurt code (BU + 4 gemeente digits + 4 wijk and buurt characters: BU00141001 lies in GM0014), so it is derived,
 * never trusted from elsewhere. A site in one of these gemeenten is not independent of the origin: same council,
 * same team, same housing stock.
 */
public record Origin(SortedSet<String> buurtCodes, SortedSet<String> gemeenteCodes) {

    public Origin {
        buurtCodes = Collections.unmodifiableSortedSet(new TreeSet<>(buurtCodes));
        gemeenteCodes = Collections.unmodifiableSortedSet(new TreeSet<>(gemeenteCodes));
    }

    /** @throws nl.schaalsprong.platform.cbs.InvalidCodeException for a code that is not a buurt code */
    public static Origin of(Collection<String> buurtCodes) {
        SortedSet<String> buurten = new TreeSet<>();
        SortedSet<String> gemeenten = new TreeSet<>();
        for (String code : buurtCodes) {
            BuurtCode buurt = new BuurtCode(code);
            buurten.add(buurt.value());
            gemeenten.add(buurt.gemeente().value());
        }
        return new Origin(buurten, gemeenten);
    }

    public boolean isOriginBuurt(String buurtCode) {
        return buurtCodes.contains(buurtCode);
    }

    /** Whether a site in this gemeente is independent of the origin: it lies in none of the origin's gemeenten. */
    public boolean independentOf(String gemeenteCode) {
        return !gemeenteCodes.contains(gemeenteCode);
    }
}
