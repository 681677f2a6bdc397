package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import static nl.schaalsprong.verification.domain.evidence.EvidenceRule.Kind.CHANCE;
import static nl.schaalsprong.verification.domain.evidence.EvidenceRule.Kind.LAYER;
import static nl.schaalsprong.verification.domain.evidence.EvidenceRule.Kind.LEVEL;

/**
 * The published evidence rules. Modelled on the EEF's padlocks (strength of evidence in a few explicit steps),
 * the What Works Clearinghouse's multi-site rule (effects in more than one site before "positive") and
 * Blueprints' "only replicated programmes are ready for scale". Only concluded verifications count; an
 * INCONCLUSIVE one is a null result, recorded and counted but neither for nor against.
 */
public final class EvidenceRules {

    /** REPLICATED: confirmed in at least this many gemeenten... */
    public static final int REPLICATION_GEMEENTEN = 2;
    /** ...with at least this share of the decisive conclusions confirming. */
    public static final double REPLICATION_SHARE = 2.0 / 3.0;
    /** ESTABLISHED and GENERIEK: confirmed in at least this many typology types. */
    public static final int ACROSS_TYPES = 2;
    /** SPECIFIEK: not confirmed outside the origin after at least this many decisive tries. */
    public static final int REPEATED_TRIES = 2;
    /** Chance flag: fewer confirmed buurten than this cannot rule out chance. */
    public static final int SITES_AGAINST_CHANCE = 2;

    public static final EvidenceRule CONTESTED = new EvidenceRule("CONTESTED", LEVEL, EvidenceLevel.CONTESTED.name(),
            "Elders bevestigd, maar minstens zo vaak niet bevestigd. Gaat voor alle andere niveaus.",
            "Confirmed elsewhere, but not confirmed at least as often. Takes precedence over every other level.",
            EvidenceRules::contested);

    public static final EvidenceRule ESTABLISHED = new EvidenceRule("ESTABLISHED", LEVEL, EvidenceLevel.ESTABLISHED.name(),
            "Gerepliceerd, bevestigd in minstens " + ACROSS_TYPES + " typen buurt, en minstens één keer zonder"
                    + " experimenteercondities (geen proeftuinstatus, extra financiering, vrijstelling of pioniers).",
            "Replicated, confirmed in at least " + ACROSS_TYPES + " typology types, and at least once without"
                    + " experiment conditions (no proeftuin status, extra funding, exemptions or pioneers).",
            EvidenceRules::established);

    public static final EvidenceRule REPLICATED = new EvidenceRule("REPLICATED", LEVEL, EvidenceLevel.REPLICATED.name(),
            "Bevestigd in minstens " + REPLICATION_GEMEENTEN + " gemeenten, en minstens twee derde van de"
                    + " beslissende conclusies (bevestigd of niet bevestigd) is bevestigd.",
            "Confirmed in at least " + REPLICATION_GEMEENTEN + " gemeenten, with at least two thirds of the decisive"
                    + " conclusions (confirmed or not confirmed) confirming.",
            EvidenceRules::replicated);

    public static final EvidenceRule INDICATIVE = new EvidenceRule("INDICATIVE", LEVEL, EvidenceLevel.INDICATIVE.name(),
            "Bevestigd in minstens één andere buurt dan de herkomst.",
            "Confirmed in at least one buurt other than the origin.",
            EvidenceRules::indicative);

    public static final EvidenceRule ORIGIN_ONLY = new EvidenceRule("ORIGIN_ONLY", LEVEL, EvidenceLevel.ORIGIN_ONLY.name(),
            "Nergens buiten de herkomst bevestigd: het succes rust op de proeftuin alleen.",
            "Not confirmed anywhere outside the origin: the success rests on the proeftuin alone.",
            h -> Verdict.holds("Nergens buiten de herkomst bevestigd ("
                    + concluded(h) + " conclusie(s) buiten de herkomst)."));

    /** Tried in this order; the first that holds gives the level (ORIGIN_ONLY always holds). */
    public static final List<EvidenceRule> LEVELS = List.of(CONTESTED, ESTABLISHED, REPLICATED, INDICATIVE, ORIGIN_ONLY);

    public static final EvidenceRule GENERIEK = new EvidenceRule("GENERIEK", LAYER, Layer.GENERIEK.name(),
            "Bevestigd in minstens " + ACROSS_TYPES + " typen buurt en in geen enkel beproefd type niet bevestigd.",
            "Confirmed in at least " + ACROSS_TYPES + " typology types and not failing in any type tried.",
            EvidenceRules::generiek);

    public static final EvidenceRule MENU = new EvidenceRule("MENU", LAYER, Layer.MENU.name(),
            "Bevestigd in sommige typen buurt en in andere niet: een keuze per type (de typen staan erbij).",
            "Confirmed in some typology types and not in others: a choice per type (the types are listed).",
            EvidenceRules::menu);

    public static final EvidenceRule SPECIFIEK = new EvidenceRule("SPECIFIEK", LAYER, Layer.SPECIFIEK.name(),
            "Na minstens " + REPEATED_TRIES + " beslissende pogingen nergens buiten de herkomst bevestigd.",
            "Not confirmed outside the origin after at least " + REPEATED_TRIES + " decisive tries.",
            EvidenceRules::specifiek);

    /** Tried in this order; when none holds, the evidence does not support a layer yet. */
    public static final List<EvidenceRule> LAYERS = List.of(GENERIEK, MENU, SPECIFIEK);

    public static final EvidenceRule FEW_SITES = new EvidenceRule("FEW_SITES", CHANCE, "TOEVALSRISICO",
            "Toevalsrisico: bevestigd in minder dan " + SITES_AGAINST_CHANCE + " buurten buiten de herkomst, dus het"
                    + " succes kan op de herkomst alleen (of op één plek) rusten.",
            "Chance risk: confirmed in fewer than " + SITES_AGAINST_CHANCE + " buurten outside the origin, so the"
                    + " success may rest on the origin alone (or on one site).",
            EvidenceRules::fewSites);

    public static final EvidenceRule CONDITIONS_ONLY = new EvidenceRule("CONDITIONS_ONLY", CHANCE, "TOEVALSRISICO",
            "Toevalsrisico: het succes is alleen behaald op plekken met experimenteercondities (de herkomst leunde"
                    + " erop, en elke bevestiging had proeftuinstatus of condities).",
            "Chance risk: the success was only achieved on sites with experiment conditions (the origin leaned on"
                    + " them, and every confirmation had proeftuin status or conditions).",
            EvidenceRules::conditionsOnly);

    public static final EvidenceRule NOT_CONFIRMED_ELSEWHERE = new EvidenceRule("NOT_CONFIRMED_ELSEWHERE", CHANCE,
            "TOEVALSRISICO",
            "Toevalsrisico: in minstens één vergelijkbare buurt niet bevestigd.",
            "Chance risk: not confirmed in at least one comparable buurt.",
            EvidenceRules::notConfirmedElsewhere);

    /** Each that holds flags the lesson and adds its reason. */
    public static final List<EvidenceRule> CHANCE_RISKS = List.of(FEW_SITES, CONDITIONS_ONLY, NOT_CONFIRMED_ELSEWHERE);

    /** Every rule, as published. */
    public static final List<EvidenceRule> ALL = java.util.stream.Stream.of(LEVELS, LAYERS, CHANCE_RISKS)
            .flatMap(List::stream).toList();

    private EvidenceRules() {
    }

    private static Verdict contested(VerificationHistory h) {
        int confirmed = h.confirmations();
        int notConfirmed = h.nonConfirmations();
        String tally = notConfirmed + " keer niet bevestigd tegenover " + confirmed + " keer bevestigd";
        return confirmed >= 1 && notConfirmed >= confirmed
                ? Verdict.holds("Omstreden: " + tally + ".")
                : Verdict.fails("Niet omstreden: " + tally + ".");
    }

    private static Verdict replicated(VerificationHistory h) {
        int gemeenten = h.confirmedGemeenten().size();
        String gemeentenText = "bevestigd in " + gemeenten + " gemeente(n)" + list(h.confirmedGemeenten());
        String shareText = percent(h.confirmedShare()) + " van " + (h.confirmations() + h.nonConfirmations())
                + " beslissende conclusie(s) bevestigd";
        if (gemeenten < REPLICATION_GEMEENTEN) {
            return Verdict.fails("Niet gerepliceerd: " + gemeentenText + ", minstens " + REPLICATION_GEMEENTEN
                    + " nodig.");
        }
        if (h.confirmedShare() < REPLICATION_SHARE) {
            return Verdict.fails("Niet gerepliceerd: " + shareText + ", minstens twee derde nodig.");
        }
        return Verdict.holds("Gerepliceerd: " + gemeentenText + "; " + shareText + ".");
    }

    private static Verdict established(VerificationHistory h) {
        Verdict replicated = replicated(h);
        if (!replicated.holds()) {
            return Verdict.fails("Niet gevestigd: eerst gerepliceerd. " + replicated.reason());
        }
        int types = h.confirmedTypes().size();
        if (types < ACROSS_TYPES) {
            return Verdict.fails("Niet gevestigd: bevestigd in " + types + " type(n) buurt" + list(h.confirmedTypes())
                    + ", minstens " + ACROSS_TYPES + " nodig.");
        }
        if (h.confirmedWithoutConditions().isEmpty()) {
            return Verdict.fails("Niet gevestigd: elke bevestiging had proeftuinstatus of experimenteercondities.");
        }
        return Verdict.holds("Gevestigd: bevestigd in " + types + " typen buurt" + list(h.confirmedTypes())
                + ", zonder experimenteercondities in " + list(h.confirmedWithoutConditions()).trim() + ".");
    }

    private static Verdict indicative(VerificationHistory h) {
        int buurten = h.confirmedBuurten().size();
        return buurten >= 1
                ? Verdict.holds("Bevestigd in " + buurten + " andere buurt(en)" + list(h.confirmedBuurten()) + ".")
                : Verdict.fails("Niet indicatief: nog in geen andere buurt bevestigd.");
    }

    private static Verdict generiek(VerificationHistory h) {
        int types = h.confirmedTypes().size();
        if (types < ACROSS_TYPES) {
            return Verdict.fails("Niet generiek: bevestigd in " + types + " type(n) buurt, minstens " + ACROSS_TYPES
                    + " nodig.");
        }
        return h.notConfirmedTypes().isEmpty()
                ? Verdict.holds("Generiek: bevestigd in de typen" + list(h.confirmedTypes())
                        + " en in geen beproefd type niet bevestigd.")
                : Verdict.fails("Niet generiek: niet bevestigd in" + list(h.notConfirmedTypes()) + ".");
    }

    private static Verdict menu(VerificationHistory h) {
        return !h.confirmedTypes().isEmpty() && !h.notConfirmedTypes().isEmpty()
                ? Verdict.holds("Menu: bevestigd in" + list(h.confirmedTypes()) + ", niet bevestigd in"
                        + list(h.notConfirmedTypes()) + ".")
                : Verdict.fails("Geen menu: bevestigd in" + list(h.confirmedTypes()) + ", niet bevestigd in"
                        + list(h.notConfirmedTypes()) + ".");
    }

    private static Verdict specifiek(VerificationHistory h) {
        int tries = h.nonConfirmations();
        if (h.confirmations() == 0 && tries >= REPEATED_TRIES) {
            return Verdict.holds("Specifiek: " + tries + " keer buiten de herkomst geprobeerd en nergens bevestigd.");
        }
        return Verdict.fails("Niet specifiek: " + h.confirmations() + " keer bevestigd, " + tries
                + " keer niet bevestigd.");
    }

    private static Verdict fewSites(VerificationHistory h) {
        int sites = h.confirmedBuurten().size();
        if (sites == 0) {
            return Verdict.holds("Alleen in de herkomst geslaagd: nog nergens anders bevestigd.");
        }
        return sites < SITES_AGAINST_CHANCE
                ? Verdict.holds("Bevestigd op " + sites + " plek buiten de herkomst: te weinig om toeval uit te"
                        + " sluiten.")
                : Verdict.fails("Bevestigd op " + sites + " plekken buiten de herkomst.");
    }

    private static Verdict conditionsOnly(VerificationHistory h) {
        boolean originLeaned = !h.lesson().experimentConditions().isEmpty();
        boolean everyConfirmationUnderConditions = h.confirmed().stream()
                .allMatch(VerificationFact::underExperimentConditions);
        if (originLeaned && everyConfirmationUnderConditions) {
            return Verdict.holds("Alleen geslaagd met experimenteercondities: de herkomst leunde op "
                    + h.lesson().experimentConditions().stream().map(Enum::name).sorted().toList()
                    + (h.confirmations() == 0 ? "" : " en elke bevestiging had proeftuinstatus of condities") + ".");
        }
        return Verdict.fails(originLeaned
                ? "Ook zonder experimenteercondities bevestigd in" + list(h.confirmedWithoutConditions()) + "."
                : "De herkomst leunde niet op experimenteercondities.");
    }

    private static Verdict notConfirmedElsewhere(VerificationHistory h) {
        int times = h.nonConfirmations();
        return times > 0
                ? Verdict.holds("In " + times + " vergelijkbare buurt(en) niet bevestigd" + list(h.notConfirmedBuurten())
                        + ".")
                : Verdict.fails("Geen vergelijkbare buurt waar het niet bevestigd werd.");
    }

    private static int concluded(VerificationHistory h) {
        return (int) h.verifications().stream().filter(f -> f.outcome() != null).count();
    }

    /** " (a, b)" or "" for none, so reasons read naturally either way. */
    private static String list(Collection<String> items) {
        return items.isEmpty() ? " (geen)" : " (" + String.join(", ", items) + ")";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
