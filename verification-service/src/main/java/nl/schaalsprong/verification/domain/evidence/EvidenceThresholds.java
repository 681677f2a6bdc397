package nl.schaalsprong.verification.domain.evidence;

import java.util.Locale;

/**
 * The numbers the evidence rules turn on: configuration (schaalsprong.verification.evidence.*), each published
 * with its rationale at {@code GET /api/v1/evidence-rules}.
 *
 * @param replicationGemeenten     REPLICATED: confirmed in at least this many independent gemeenten
 * @param replicationShare         REPLICATED: at least this share of the decisive buurten confirmed
 * @param establishedGemeenten     ESTABLISHED: confirmed in at least this many independent gemeenten
 * @param establishedLowerBound    ESTABLISHED: the 95 % Wilson lower bound of the confirmation rate at least this
 * @param acrossTypes              ESTABLISHED and GENERIEK: confirmed in at least this many typology types
 * @param repeatedTries            SPECIFIEK: never confirmed after at least this many decisive tries
 * @param sitesAgainstChance       FEW_SITES: fewer independent confirmed gemeenten than this cannot rule out chance
 * @param maxNullResultShare       HIGH_NULL_RESULTS: more than this share of conclusions INCONCLUSIVE
 * @param maxFailureShare          NOT_CONFIRMED_ELSEWHERE: more than this share of decisive buurten not confirming
 * @param pilotEffectMinimumPerSide pilot-status effect: at least this many decisive conclusions on either side
 */
public record EvidenceThresholds(int replicationGemeenten, double replicationShare, int establishedGemeenten,
                                 double establishedLowerBound, int acrossTypes, int repeatedTries,
                                 int sitesAgainstChance, double maxNullResultShare, double maxFailureShare,
                                 int pilotEffectMinimumPerSide) {

    public static final EvidenceThresholds DEFAULT =
            new EvidenceThresholds(2, 2.0 / 3, 3, 0.5, 2, 2, 2, 1.0 / 3, 1.0 / 3, 3);

    public EvidenceThresholds {
        requireAtLeast("replication-gemeenten", replicationGemeenten, 1);
        requireShare("replication-share", replicationShare);
        requireAtLeast("established-gemeenten", establishedGemeenten, replicationGemeenten);
        requireShare("established-lower-bound", establishedLowerBound);
        requireAtLeast("across-types", acrossTypes, 1);
        requireAtLeast("repeated-tries", repeatedTries, 1);
        requireAtLeast("sites-against-chance", sitesAgainstChance, 1);
        requireShare("max-null-result-share", maxNullResultShare);
        requireShare("max-failure-share", maxFailureShare);
        requireAtLeast("pilot-effect-minimum-per-side", pilotEffectMinimumPerSide, 1);
    }

    Threshold replicationGemeentenThreshold() {
        return new Threshold("replication-gemeenten", replicationGemeenten,
                "Zoals de What Works Clearinghouse een effect op meer dan één plek vraagt: minstens "
                        + replicationGemeenten + " gemeenten buiten die van de herkomst, want een buurt in dezelfde"
                        + " gemeente deelt raad, team en woningvoorraad en is geen onafhankelijke herhaling.",
                "As the What Works Clearinghouse asks for an effect in more than one site: at least "
                        + replicationGemeenten + " gemeenten other than the origin's, since a buurt in the same"
                        + " gemeente shares its council, team and housing stock and is no independent replication.");
    }

    Threshold replicationShareThreshold() {
        return new Threshold("replication-share", replicationShare,
                "Een herhaling telt pas als de meeste beslissende pogingen slagen: minstens " + percent(replicationShare)
                        + ", zodat één mislukking op drie pogingen nog kan, twee niet.",
                "A replication counts only when most decisive tries succeed: at least " + percent(replicationShare)
                        + ", so one failure in three tries is allowed, two are not.");
    }

    Threshold establishedGemeentenThreshold() {
        return new Threshold("established-gemeenten", establishedGemeenten,
                "'Klaar voor opschaling' (Blueprints) vraagt meer dan een herhaling: minstens " + establishedGemeenten
                        + " onafhankelijke gemeenten.",
                "'Ready to scale' (Blueprints) asks for more than one replication: at least " + establishedGemeenten
                        + " independent gemeenten.");
    }

    Threshold establishedLowerBoundThreshold() {
        return new Threshold("established-lower-bound", establishedLowerBound,
                "De ondergrens van het 95%-betrouwbaarheidsinterval (Wilson) van het bevestigingspercentage moet"
                        + " minstens " + percent(establishedLowerBound) + " zijn: ook in het ongunstige geval slaagt"
                        + " het eerder wel dan niet. 2 van 2 geeft 34%, 4 van 4 geeft 51%.",
                "The lower bound of the 95% (Wilson) confidence interval of the confirmation rate must be at least "
                        + percent(establishedLowerBound) + ": even in the unfavourable case it works more often than"
                        + " not. 2 of 2 gives 34%, 4 of 4 gives 51%.");
    }

    Threshold acrossTypesThreshold() {
        return new Threshold("across-types", acrossTypes,
                "Generiek of klaar voor opschaling betekent: bevestigd in minstens " + acrossTypes
                        + " typen buurt, niet in één soort buurt.",
                "Generic or ready to scale means: confirmed in at least " + acrossTypes
                        + " typology types, not in one kind of buurt.");
    }

    Threshold repeatedTriesThreshold() {
        return new Threshold("repeated-tries", repeatedTries,
                "Eén mislukking kan pech zijn; pas na " + repeatedTries + " beslissende pogingen zonder bevestiging"
                        + " heet een les specifiek.",
                "One failure may be bad luck; only after " + repeatedTries + " decisive tries without a"
                        + " confirmation is a lesson called specific.");
    }

    Threshold sitesAgainstChanceThreshold() {
        return new Threshold("sites-against-chance", sitesAgainstChance,
                "Toeval is pas uit te sluiten als het in minstens " + sitesAgainstChance
                        + " onafhankelijke gemeenten bevestigd is.",
                "Chance can only be ruled out once it is confirmed in at least " + sitesAgainstChance
                        + " independent gemeenten.");
    }

    Threshold maxNullResultShareThreshold() {
        return new Threshold("max-null-result-share", maxNullResultShare,
                "Uitval telt: als meer dan " + percent(maxNullResultShare) + " van de conclusies onbeslist is, kan"
                        + " het beeld van de beslissende conclusies vertekend zijn (zoals uitval in een trial).",
                "Attrition counts: when more than " + percent(maxNullResultShare) + " of the conclusions are"
                        + " inconclusive, the decisive ones may paint a biased picture (as attrition does in a trial).");
    }

    Threshold maxFailureShareThreshold() {
        return new Threshold("max-failure-share", maxFailureShare,
                "Eén mislukking tussen veel bevestigingen is geen waarschuwing; meer dan " + percent(maxFailureShare)
                        + " mislukkingen wel.",
                "One failure among many confirmations is no warning; more than " + percent(maxFailureShare)
                        + " failures is.");
    }

    Threshold pilotEffectMinimumPerSideThreshold() {
        return new Threshold("pilot-effect-minimum-per-side", pilotEffectMinimumPerSide,
                "Het proeftuinstatuseffect wordt pas berekend met minstens " + pilotEffectMinimumPerSide
                        + " beslissende conclusies aan elke kant; één tegen één zegt niets.",
                "The pilot-status effect is only computed with at least " + pilotEffectMinimumPerSide
                        + " decisive conclusions on each side; one against one says nothing.");
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static void requireAtLeast(String key, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(key + " must be at least " + minimum + ", was " + value);
        }
    }

    private static void requireShare(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(key + " must lie in [0, 1], was " + value);
        }
    }
}
