package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;
import nl.schaalsprong.platform.cbs.WijkCode;
import nl.schaalsprong.platform.domain.MalformedValueException;

/**
 * An area a subscription is about: a CBS gemeente ({@code GM0014}), wijk ({@code WK001410}) or buurt
 * ({@code BU00141001}) code. CBS nests its codes, so whether a buurt lies in the area follows from the codes alone.
 */
public record AreaCode(String value) {

    public AreaCode {
        if (value == null) {
            throw new MalformedValueException("an area code is required");
        }
        try {
            switch (value.length() < 2 ? "" : value.substring(0, 2)) {
                case "GM" -> new GemeenteCode(value);
                case "WK" -> new WijkCode(value);
                case "BU" -> new BuurtCode(value);
                default -> throw new MalformedValueException("'" + value + "' is not a CBS gemeente (GM0014), wijk "
                        + "(WK001410) or buurt (BU00141001) code");
            }
        } catch (nl.schaalsprong.platform.cbs.InvalidCodeException e) {
            throw new MalformedValueException(e.getMessage());
        }
    }

    /** The gemeente the area lies in (or is). */
    public GemeenteCode gemeente() {
        return new GemeenteCode("GM" + value.substring(2, 6));
    }

    /** Whether the buurt lies in this area: the buurt's code starts with the area's digits. */
    public boolean contains(BuurtCode buurt) {
        return buurt.value().substring(2).startsWith(value.substring(2));
    }

    /**
     * Whether {@code other} (a buurt, wijk or gemeente) lies in this area or is it: its code's digits start with this
     * one's. So a gemeente holds its wijken and itself, a wijk itself; a buurt holds no wijk.
     */
    public boolean contains(AreaCode other) {
        return other.value.substring(2).startsWith(value.substring(2))
                && other.value.length() >= value.length();
    }

    @Override
    public String toString() {
        return value;
    }
}
