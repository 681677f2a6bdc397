package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.List;

/**
 * What a lesson's verifications add up to, with the reasons: derived, never entered by hand.
 *
 * @param reasons                       one line per level rule tried, from the strongest down to the one that
 *                                      gave the level
 * @param supportedLayer                null while the conclusions are too few to say
 * @param layerReasons                  one line per layer rule tried
 * @param confirmedInTypes              typology types where more buurten confirmed than did not, sorted
 * @param notConfirmedInTypes           typology types tried decisively and not confirmed, sorted
 * @param confirmationRate              confirmed share of the decisive buurten outside the origin, with its 95 %
 *                                      Wilson interval
 * @param nullResultsAsFailures         sensitivity view: the same share with every INCONCLUSIVE counted as a
 *                                      failure
 * @param nominatedConclusions          conclusions outside the origin in buurten the gemeente nominated itself
 *                                      (self-selected), counted in everything above
 */
public record Evidence(EvidenceLevel level, List<String> reasons, Layer supportedLayer, List<String> layerReasons,
                       List<String> confirmedInTypes, List<String> notConfirmedInTypes, ChanceRisk chanceRisk,
                       Counts counts, PilotStatusEffect pilotStatusEffect, ConfirmationRate confirmationRate,
                       ConfirmationRate nullResultsAsFailures, int nominatedConclusions) {

    public Evidence {
        reasons = List.copyOf(reasons);
        layerReasons = List.copyOf(layerReasons);
        confirmedInTypes = List.copyOf(confirmedInTypes);
        notConfirmedInTypes = List.copyOf(notConfirmedInTypes);
    }
}
