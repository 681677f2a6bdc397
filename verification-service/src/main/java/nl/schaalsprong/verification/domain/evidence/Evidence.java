package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.List;

/**
 * What a lesson's verifications add up to, with the reasons: derived, never entered by hand.
 *
 * @param reasons             one line per level rule tried, from the strongest down to the one that gave the level
 * @param supportedLayer      null while the conclusions are too few to say
 * @param layerReasons        one line per layer rule tried
 * @param confirmedInTypes    typology types with a confirmation, sorted
 * @param notConfirmedInTypes typology types tried decisively and never confirmed, sorted
 */
public record Evidence(EvidenceLevel level, List<String> reasons, Layer supportedLayer, List<String> layerReasons,
                       List<String> confirmedInTypes, List<String> notConfirmedInTypes, ChanceRisk chanceRisk,
                       Counts counts, PilotStatusEffect pilotStatusEffect) {

    public Evidence {
        reasons = List.copyOf(reasons);
        layerReasons = List.copyOf(layerReasons);
        confirmedInTypes = List.copyOf(confirmedInTypes);
        notConfirmedInTypes = List.copyOf(notConfirmedInTypes);
    }
}
