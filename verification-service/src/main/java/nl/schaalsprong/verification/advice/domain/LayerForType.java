package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.Layer;

import java.util.Collection;
import java.util.List;

/**
 * The layer a component's evidence supports, read for the asked area's type(s). The layer itself comes from the
 * published rules (GENERIEK, MENU, SPECIFIEK or none); this only says what it means here.
 */
public enum LayerForType {
    /** Works across types: confirmed in several, failed in none. */
    GENERIEK,
    /** A menu choice that is confirmed in this type. */
    MENU_FOR_THIS_TYPE,
    /** A menu choice confirmed in other types, not in this one (tried here and not confirmed, or not tried here). */
    MENU_OTHER_TYPES,
    /** Never confirmed outside where it was learned: specific to its origin, not for here. */
    SPECIFIEK_ELSEWHERE,
    /** Too few or too contradictory conclusions for any layer. */
    UNDECIDED;

    /** The reading for an area whose types are {@code areaTypes} (empty: typology did not type it). */
    public static LayerForType of(Layer supported, Collection<String> confirmedInTypes, Collection<String> areaTypes) {
        if (supported == null) {
            return UNDECIDED;
        }
        return switch (supported) {
            case GENERIEK -> GENERIEK;
            case SPECIFIEK -> SPECIFIEK_ELSEWHERE;
            case MENU -> areaTypes.stream().anyMatch(confirmedInTypes::contains) ? MENU_FOR_THIS_TYPE : MENU_OTHER_TYPES;
        };
    }

    /** One line in words, naming the types. */
    public String reason(List<String> areaTypes, Collection<String> confirmedInTypes,
                         Collection<String> notConfirmedInTypes) {
        String these = areaTypes.isEmpty() ? "this area (typology gave it no type)" : String.join(", ", areaTypes);
        return switch (this) {
            case GENERIEK -> "GENERIEK: confirmed across types (" + String.join(", ", confirmedInTypes)
                    + ") and not confirmed in none, so it is expected to work in " + these;
            case MENU_FOR_THIS_TYPE -> "MENU, for this type: confirmed in " + these + " ("
                    + String.join(", ", confirmedInTypes) + " confirmed)";
            case MENU_OTHER_TYPES -> "MENU, for other types: confirmed in " + String.join(", ", confirmedInTypes)
                    + (areaTypes.stream().anyMatch(notConfirmedInTypes::contains) ? "; not confirmed in " + these
                    : "; not yet tried in " + these);
            case SPECIFIEK_ELSEWHERE -> "SPECIFIEK: never confirmed outside where it was learned, so not for " + these;
            case UNDECIDED -> "no layer yet: too few or too contradictory conclusions to say whether it works in "
                    + these;
        };
    }

    /** How well this reading supports trying the component here: the first key of the ranking. */
    Fit fit(boolean failedHere) {
        return switch (this) {
            case GENERIEK, MENU_FOR_THIS_TYPE -> Fit.SUPPORTED;
            case UNDECIDED -> failedHere ? Fit.AGAINST : Fit.OPEN;
            case MENU_OTHER_TYPES -> failedHere ? Fit.AGAINST : Fit.OPEN;
            case SPECIFIEK_ELSEWHERE -> Fit.AGAINST;
        };
    }

    /** Supported here, still open here, or evidence against it here: best first. */
    public enum Fit {
        SUPPORTED,
        OPEN,
        AGAINST
    }
}
