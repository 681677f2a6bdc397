package nl.schaalsprong.typology.domain;

import nl.schaalsprong.platform.cbs.BuurtCode;
/**
 * A buurt found comparable to another.
 *
 * @param similarity        in [0,1], 1 = identical on every compared dimension
 * @param comparedDimensions how many dimensions both buurten had figures for
 */
public record ComparableBuurt(BuurtCode code, String naam, String gemeenteNaam, double similarity,
                              int comparedDimensions) {
}
