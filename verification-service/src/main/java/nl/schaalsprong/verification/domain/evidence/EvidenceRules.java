package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.Layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static nl.schaalsprong.verification.domain.evidence.EvidenceRule.Kind.CHANCE;
import static nl.schaalsprong.verification.domain.evidence.EvidenceRule.Kind.LAYER;
import static nl.schaalsprong.verification.domain.evidence.EvidenceRule.Kind.LEVEL;
import static nl.schaalsprong.verification.domain.evidence.EvidenceThresholds.percent;

/**
 * The published evidence rules, for one set of {@link EvidenceThresholds}. Modelled on the EEF's padlocks
 * (strength of evidence in a few explicit steps), the What Works Clearinghouse's multi-site rule (effects in more
 * than one independent site), Blueprints' "only replicated programmes are ready for scale" and GRADE's
 * imprecision (a strong label needs an interval that excludes the unfavourable, not just a high rate). Only
 * concluded verifications outside the origin count, per distinct buurt; an INCONCLUSIVE one is a null result:
 * neither for nor against, but too many of them withhold the strong levels and flag the lesson.
 */
public final class EvidenceRules {

    private static final EvidenceRules STANDARD = new EvidenceRules(EvidenceThresholds.DEFAULT);

    private final EvidenceThresholds t;
    private final EvidenceRule contested;
    private final EvidenceRule established;
    private final EvidenceRule replicated;
    private final EvidenceRule indicative;
    private final EvidenceRule originOnly;
    private final EvidenceRule generiek;
    private final EvidenceRule menu;
    private final EvidenceRule specifiek;
    private final EvidenceRule fewSites;
    private final EvidenceRule conditionsOnly;
    private final EvidenceRule notConfirmedElsewhere;
    private final EvidenceRule highNullResults;
    private final EvidenceRule selfSelected;

    public EvidenceRules(EvidenceThresholds thresholds) {
        this.t = thresholds;
        contested = new EvidenceRule("CONTESTED", LEVEL, EvidenceLevel.CONTESTED.name(),
                "Elders bevestigd, maar in minstens zoveel buurten niet bevestigd. Gaat voor alle andere niveaus."
                        + " Liggen alle mislukkingen in typen buurt waar het niet bevestigd is, dan is dat een menu"
                        + " (zie MENU), geen strijd: de niveaus gelden dan binnen de typen waar het wel bevestigd is.",
                "Confirmed elsewhere, but not confirmed in at least as many buurten. Takes precedence over every"
                        + " other level. When every failure lies in a type of buurt where it is not confirmed, that is"
                        + " a menu (see MENU), not a contest: the levels then hold within the types where it is.",
                List.of(), this::contested);
        established = new EvidenceRule("ESTABLISHED", LEVEL, EvidenceLevel.ESTABLISHED.name(),
                "Gerepliceerd, bevestigd in minstens " + t.establishedGemeenten() + " onafhankelijke gemeenten en "
                        + t.acrossTypes() + " typen buurt, de ondergrens van het 95%-interval van het"
                        + " bevestigingspercentage minstens " + percent(t.establishedLowerBound()) + ", en minstens"
                        + " één keer bevestigd in een buurt waarvan bekend is dat ze geen proeftuinstatus en geen"
                        + " experimenteercondities had (onbekend telt niet).",
                "Replicated, confirmed in at least " + t.establishedGemeenten() + " independent gemeenten and "
                        + t.acrossTypes() + " typology types, the lower bound of the confirmation rate's 95% interval"
                        + " at least " + percent(t.establishedLowerBound()) + ", and confirmed at least once in a buurt"
                        + " known to have had no proeftuin status and no experiment conditions (unknown does not"
                        + " count).",
                List.of(t.establishedGemeentenThreshold(), t.acrossTypesThreshold(), t.establishedLowerBoundThreshold()),
                this::established);
        replicated = new EvidenceRule("REPLICATED", LEVEL, EvidenceLevel.REPLICATED.name(),
                "Bevestigd in minstens " + t.replicationGemeenten() + " onafhankelijke gemeenten (niet die van de"
                        + " herkomst), minstens " + percent(t.replicationShare()) + " van de beslissende buurten"
                        + " bevestigd, en niet meer dan " + percent(t.maxNullResultShare()) + " van de conclusies"
                        + " onbeslist.",
                "Confirmed in at least " + t.replicationGemeenten() + " independent gemeenten (not the origin's), at"
                        + " least " + percent(t.replicationShare()) + " of the decisive buurten confirming, and no more"
                        + " than " + percent(t.maxNullResultShare()) + " of the conclusions inconclusive.",
                List.of(t.replicationGemeentenThreshold(), t.replicationShareThreshold(), t.maxNullResultShareThreshold()),
                this::replicated);
        indicative = new EvidenceRule("INDICATIVE", LEVEL, EvidenceLevel.INDICATIVE.name(),
                "Bevestigd in minstens één andere buurt dan de herkomst.",
                "Confirmed in at least one buurt other than the origin.",
                List.of(), this::indicative);
        originOnly = new EvidenceRule("ORIGIN_ONLY", LEVEL, EvidenceLevel.ORIGIN_ONLY.name(),
                "Nergens buiten de herkomst bevestigd: het succes rust op de proeftuin alleen.",
                "Not confirmed anywhere outside the origin: the success rests on the proeftuin alone.",
                List.of(), h -> Verdict.holds("Nergens buiten de herkomst bevestigd ("
                        + h.elsewhere().size() + " conclusie(s) buiten de herkomst)."));
        generiek = new EvidenceRule("GENERIEK", LAYER, Layer.GENERIEK.name(),
                "Minstens gerepliceerd (en dus niet omstreden), bevestigd in minstens " + t.acrossTypes()
                        + " typen buurt en in geen enkel beproefd type niet bevestigd. Een type telt als bevestigd"
                        + " als meer van zijn buurten bevestigden dan niet.",
                "At least replicated (so not contested), confirmed in at least " + t.acrossTypes() + " typology"
                        + " types and not failing in any type tried. A type counts as confirmed when more of its"
                        + " buurten confirmed than did not.",
                List.of(t.acrossTypesThreshold()), this::generiek);
        menu = new EvidenceRule("MENU", LAYER, Layer.MENU.name(),
                "Bevestigd in sommige typen buurt en in andere niet, en niet omstreden: een keuze per type (de typen"
                        + " staan erbij).",
                "Confirmed in some typology types and not in others, and not contested: a choice per type (the"
                        + " types are listed).",
                List.of(), this::menu);
        specifiek = new EvidenceRule("SPECIFIEK", LAYER, Layer.SPECIFIEK.name(),
                "Na minstens " + t.repeatedTries() + " beslissende pogingen nergens buiten de herkomst bevestigd.",
                "Not confirmed outside the origin after at least " + t.repeatedTries() + " decisive tries.",
                List.of(t.repeatedTriesThreshold()), this::specifiek);
        fewSites = new EvidenceRule("FEW_SITES", CHANCE, "TOEVALSRISICO",
                "Toevalsrisico: bevestigd in minder dan " + t.sitesAgainstChance() + " onafhankelijke gemeenten"
                        + " (buiten die van de herkomst), dus het succes kan op de herkomst of op één plek rusten.",
                "Chance risk: confirmed in fewer than " + t.sitesAgainstChance() + " independent gemeenten (other"
                        + " than the origin's), so the success may rest on the origin or on one site.",
                List.of(t.sitesAgainstChanceThreshold()), this::fewSites);
        conditionsOnly = new EvidenceRule("CONDITIONS_ONLY", CHANCE, "TOEVALSRISICO",
                "Toevalsrisico: het succes is nergens behaald waar bekend is dat er geen proeftuinstatus en geen"
                        + " experimenteercondities waren, terwijl de herkomst erop leunde of elke bevestiging ze had"
                        + " (of ze onbekend waren).",
                "Chance risk: the success was nowhere achieved where it is known there was no proeftuin status and"
                        + " no experiment conditions, while the origin leaned on them or every confirmation had them"
                        + " (or they were unknown).",
                List.of(), this::conditionsOnly);
        notConfirmedElsewhere = new EvidenceRule("NOT_CONFIRMED_ELSEWHERE", CHANCE, "TOEVALSRISICO",
                "Toevalsrisico: in meer dan " + percent(t.maxFailureShare()) + " van de beslissende vergelijkbare"
                        + " buurten niet bevestigd.",
                "Chance risk: not confirmed in more than " + percent(t.maxFailureShare()) + " of the decisive"
                        + " comparable buurten.",
                List.of(t.maxFailureShareThreshold()), this::notConfirmedElsewhere);
        highNullResults = new EvidenceRule("HIGH_NULL_RESULTS", CHANCE, "TOEVALSRISICO",
                "Toevalsrisico: meer dan " + percent(t.maxNullResultShare()) + " van de conclusies is onbeslist"
                        + " (uitval); de gevoeligheidsanalyse telt ze als mislukt. Gerepliceerd en gevestigd blijven"
                        + " dan uit.",
                "Chance risk: more than " + percent(t.maxNullResultShare()) + " of the conclusions are inconclusive"
                        + " (attrition); the sensitivity view counts them as failures. Replicated and established are"
                        + " withheld meanwhile.",
                List.of(t.maxNullResultShareThreshold()), this::highNullResults);
        selfSelected = new EvidenceRule("SELF_SELECTED", CHANCE, "TOEVALSRISICO",
                "Toevalsrisico: het niveau leunt op buurten die de gemeente zelf koos (nominaties) in plaats van"
                        + " buurten die als vergelijkbaar werden voorgesteld. Zelfselectie is een vorm van"
                        + " pilotbias: een gemeente kiest waar het kansrijk lijkt of waar de trekkers zitten. Het"
                        + " risico geldt wanneer het niveau zonder de bevestigingen in genomineerde buurten lager zou"
                        + " zijn (of omstreden). Genomineerde conclusies tellen verder mee; het leren van de"
                        + " vergelijkbaarheid weegt ze minder.",
                "Chance risk: the level leans on buurten the gemeente chose itself (nominations) rather than buurten"
                        + " suggested as comparable. Self-selection is a form of pilot bias: a gemeente picks where"
                        + " success looks likely or where the champions are. It holds when, without the confirmations"
                        + " in nominated buurten, the level would be lower (or contested). Nominated conclusions count"
                        + " otherwise; learning the comparability weighs them less.",
                List.of(), this::selfSelected);
    }

    /** The rules with the default thresholds. */
    public static EvidenceRules standard() {
        return STANDARD;
    }

    public EvidenceThresholds thresholds() {
        return t;
    }

    /** Tried in this order; the first that holds gives the level (ORIGIN_ONLY always holds). */
    public List<EvidenceRule> levels() {
        return List.of(contested, established, replicated, indicative, originOnly);
    }

    /** Tried in this order; when none holds, the evidence does not support a layer yet. */
    public List<EvidenceRule> layers() {
        return List.of(generiek, menu, specifiek);
    }

    /** Each that holds flags the lesson and adds its reason. */
    public List<EvidenceRule> chanceRisks() {
        return List.of(fewSites, conditionsOnly, notConfirmedElsewhere, highNullResults, selfSelected);
    }

    /** Every rule, as published. */
    public List<EvidenceRule> all() {
        return Stream.of(levels(), layers(), chanceRisks()).flatMap(List::stream).toList();
    }

    public EvidenceRule rule(String name) {
        return all().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no evidence rule " + name));
    }

    /** A level with the reasons for it. */
    public record Judgement(EvidenceLevel level, List<String> reasons) {
        public Judgement {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * The level: the first level rule that holds, with one reason per rule tried. When the failures are all in
     * types where the lesson is not confirmed (a MENU), the rules judge the history within the confirmed types.
     */
    public Judgement level(VerificationHistory history) {
        List<String> reasons = new ArrayList<>();
        VerificationHistory judged = history;
        if (history.failuresExplainedByType()) {
            judged = history.withoutDecisiveIn(history.notConfirmedTypes());
            reasons.add("Beoordeeld binnen de typen waar het bevestigd is" + list(history.confirmedTypes())
                    + ": alle mislukkingen vallen in typen waar het niet bevestigd is" + list(history.notConfirmedTypes())
                    + " (menu).");
        }
        for (EvidenceRule rule : levels()) {
            Verdict verdict = rule.apply(judged);
            reasons.add(verdict.reason());
            if (verdict.holds()) {
                return new Judgement(EvidenceLevel.valueOf(rule.yields()), reasons);
            }
        }
        throw new IllegalStateException("ORIGIN_ONLY always holds");
    }

    private Verdict contested(VerificationHistory h) {
        int confirmed = h.confirmations();
        int notConfirmed = h.nonConfirmations();
        String tally = "in " + notConfirmed + " buurt(en) niet bevestigd tegenover " + confirmed + " bevestigd";
        return confirmed >= 1 && notConfirmed >= confirmed
                ? Verdict.holds("Omstreden: " + tally + ".")
                : Verdict.fails("Niet omstreden: " + tally + ".");
    }

    private Verdict replicated(VerificationHistory h) {
        SortedGemeenten independent = new SortedGemeenten(h);
        if (independent.count() < t.replicationGemeenten()) {
            return Verdict.fails("Niet gerepliceerd: bevestigd in " + independent + ", minstens "
                    + t.replicationGemeenten() + " nodig.");
        }
        ConfirmationRate rate = h.rate();
        String shareText = percent(rate.rate()) + " van " + rate.decisive() + " beslissende buurt(en) bevestigd";
        if (rate.rate() + 1e-12 < t.replicationShare()) {
            return Verdict.fails("Niet gerepliceerd: " + shareText + ", minstens " + percent(t.replicationShare())
                    + " nodig.");
        }
        if (h.nullResultShare() > t.maxNullResultShare()) {
            return Verdict.fails("Niet gerepliceerd: " + percent(h.nullResultShare()) + " van de conclusies onbeslist,"
                    + " hoogstens " + percent(t.maxNullResultShare()) + ".");
        }
        return Verdict.holds("Gerepliceerd: bevestigd in " + independent + "; " + shareText + ".");
    }

    private Verdict established(VerificationHistory h) {
        Verdict replicated = replicated(h);
        if (!replicated.holds()) {
            return Verdict.fails("Niet gevestigd: eerst gerepliceerd. " + replicated.reason());
        }
        SortedGemeenten independent = new SortedGemeenten(h);
        if (independent.count() < t.establishedGemeenten()) {
            return Verdict.fails("Niet gevestigd: bevestigd in " + independent + ", minstens "
                    + t.establishedGemeenten() + " nodig.");
        }
        int types = h.confirmedTypes().size();
        if (types < t.acrossTypes()) {
            return Verdict.fails("Niet gevestigd: bevestigd in " + types + " type(n) buurt" + list(h.confirmedTypes())
                    + ", minstens " + t.acrossTypes() + " nodig.");
        }
        ConfirmationRate rate = h.rate();
        String interval = rate.confirmed() + " van " + rate.decisive() + " bevestigd, 95%-interval "
                + percent(rate.lower()) + "–" + percent(rate.upper());
        if (rate.lowerOrZero() < t.establishedLowerBound()) {
            return Verdict.fails("Niet gevestigd: " + interval + "; de ondergrens moet minstens "
                    + percent(t.establishedLowerBound()) + " zijn.");
        }
        if (h.confirmedKnownWithoutConditions().isEmpty()) {
            return Verdict.fails("Niet gevestigd: geen bevestiging waarvan bekend is dat er geen proeftuinstatus en"
                    + " geen experimenteercondities waren.");
        }
        return Verdict.holds("Gevestigd: bevestigd in " + independent + " en " + types + " typen buurt"
                + list(h.confirmedTypes()) + ", " + interval + ", zonder experimenteercondities in"
                + list(h.confirmedKnownWithoutConditions()) + ".");
    }

    private Verdict indicative(VerificationHistory h) {
        int buurten = h.confirmations();
        return buurten >= 1
                ? Verdict.holds("Bevestigd in " + buurten + " andere buurt(en)" + list(h.confirmedBuurten()) + ".")
                : Verdict.fails("Niet indicatief: nog in geen andere buurt bevestigd.");
    }

    private Verdict generiek(VerificationHistory h) {
        EvidenceLevel level = level(h).level();
        if (level != EvidenceLevel.REPLICATED && level != EvidenceLevel.ESTABLISHED) {
            return Verdict.fails("Niet generiek: het niveau is " + level + ", minstens REPLICATED nodig.");
        }
        int types = h.confirmedTypes().size();
        if (types < t.acrossTypes()) {
            return Verdict.fails("Niet generiek: bevestigd in " + types + " type(n) buurt, minstens " + t.acrossTypes()
                    + " nodig.");
        }
        return h.notConfirmedTypes().isEmpty()
                ? Verdict.holds("Generiek: bevestigd in de typen" + list(h.confirmedTypes())
                        + " en in geen beproefd type niet bevestigd.")
                : Verdict.fails("Niet generiek: niet bevestigd in" + list(h.notConfirmedTypes()) + ".");
    }

    private Verdict menu(VerificationHistory h) {
        String types = "bevestigd in" + list(h.confirmedTypes()) + ", niet bevestigd in" + list(h.notConfirmedTypes());
        if (h.confirmedTypes().isEmpty() || h.notConfirmedTypes().isEmpty()) {
            return Verdict.fails("Geen menu: " + types + ".");
        }
        return level(h).level() == EvidenceLevel.CONTESTED
                ? Verdict.fails("Geen menu: omstreden, ook binnen typen waar het bevestigd is; " + types + ".")
                : Verdict.holds("Menu: " + types + ".");
    }

    private Verdict specifiek(VerificationHistory h) {
        int tries = h.nonConfirmations();
        if (h.confirmations() == 0 && tries >= t.repeatedTries()) {
            return Verdict.holds("Specifiek: in " + tries + " buurten buiten de herkomst geprobeerd en nergens"
                    + " bevestigd.");
        }
        return Verdict.fails("Niet specifiek: in " + h.confirmations() + " buurt(en) bevestigd, in " + tries
                + " niet.");
    }

    private Verdict fewSites(VerificationHistory h) {
        SortedGemeenten independent = new SortedGemeenten(h);
        if (h.confirmations() == 0) {
            return Verdict.holds("Alleen in de herkomst geslaagd: nog nergens anders bevestigd.");
        }
        return independent.count() < t.sitesAgainstChance()
                ? Verdict.holds("Bevestigd in " + independent + ": te weinig om toeval uit te sluiten.")
                : Verdict.fails("Bevestigd in " + independent + ".");
    }

    private Verdict conditionsOnly(VerificationHistory h) {
        Set<String> ordinary = h.confirmedKnownWithoutConditions();
        boolean originLeaned = !h.lesson().experimentConditions().isEmpty();
        if (!ordinary.isEmpty()) {
            return Verdict.fails("Ook bevestigd zonder proeftuinstatus en experimenteercondities in" + list(ordinary)
                    + ".");
        }
        if (originLeaned) {
            return Verdict.holds("Alleen geslaagd met experimenteercondities: de herkomst leunde op "
                    + h.lesson().experimentConditions().stream().map(Enum::name).sorted().toList()
                    + (h.confirmations() == 0 ? "" : " en geen bevestiging is bekend zonder proeftuinstatus of"
                    + " condities") + ".");
        }
        return h.confirmations() > 0
                ? Verdict.holds("Alleen geslaagd met experimenteercondities (of onbekend): geen van de "
                        + h.confirmations() + " bevestiging(en) is bekend zonder proeftuinstatus of condities.")
                : Verdict.fails("De herkomst leunde niet op experimenteercondities en er is nog niets bevestigd.");
    }

    private Verdict notConfirmedElsewhere(VerificationHistory h) {
        int times = h.nonConfirmations();
        String tally = "in " + times + " van " + (times + h.confirmations()) + " beslissende buurt(en) niet bevestigd";
        return times > 0 && h.failureShare() > t.maxFailureShare()
                ? Verdict.holds("Vaak niet bevestigd: " + tally + list(h.notConfirmedBuurten()) + ", meer dan "
                        + percent(t.maxFailureShare()) + ".")
                : Verdict.fails("Zelden niet bevestigd: " + tally + ".");
    }

    private Verdict highNullResults(VerificationHistory h) {
        int nulls = h.inconclusiveBuurten().size();
        ConfirmationRate sensitivity = h.rateWithNullResultsAsFailures();
        if (h.nullResultShare() > t.maxNullResultShare()) {
            return Verdict.holds("Veel uitval: " + nulls + " onbesliste conclusie(s), " + percent(h.nullResultShare())
                    + "; als mislukt geteld is " + sensitivity.confirmed() + " van " + sensitivity.decisive()
                    + " bevestigd (95%-interval " + percent(sensitivity.lower()) + "–" + percent(sensitivity.upper())
                    + ").");
        }
        return Verdict.fails(nulls + " onbesliste conclusie(s): " + percent(h.nullResultShare()) + ".");
    }

    private Verdict selfSelected(VerificationHistory h) {
        Set<String> nominated = h.nominatedConfirmedBuurten();
        if (nominated.isEmpty()) {
            return Verdict.fails("Geen bevestiging in een buurt die de gemeente zelf koos.");
        }
        EvidenceLevel with = level(h).level();
        EvidenceLevel without = level(h.withoutNominatedConfirmations()).level();
        String tally = nominated.size() + " van de " + h.confirmations() + " bevestigde buurt(en) zelf gekozen"
                + list(nominated);
        return leansOn(with, without)
                ? Verdict.holds("Leunt op zelfselectie: " + tally + "; zonder die bevestigingen " + without
                        + " in plaats van " + with + ".")
                : Verdict.fails("Zelfselectie draagt het niveau niet: " + tally + "; zonder die bevestigingen ook "
                        + without + ".");
    }

    /**
     * Whether a level rests on what was taken away: without it the level is weaker, or contested where it was not.
     * A contested level rests on nothing in the lesson's favour.
     */
    static boolean leansOn(EvidenceLevel with, EvidenceLevel without) {
        if (with == EvidenceLevel.CONTESTED) {
            return false;
        }
        return without == EvidenceLevel.CONTESTED || without.ordinal() < with.ordinal();
    }

    /** The independent confirmed gemeenten, as reasons name them. */
    private record SortedGemeenten(Collection<String> codes) {
        SortedGemeenten(VerificationHistory h) {
            this(h.independentConfirmedGemeenten());
        }

        int count() {
            return codes.size();
        }

        @Override
        public String toString() {
            return codes.size() + " onafhankelijke gemeente(n)" + list(codes);
        }
    }

    /** " (a, b)" or " (geen)" for none, so reasons read naturally either way. */
    private static String list(Collection<String> items) {
        return items.isEmpty() ? " (geen)" : " (" + String.join(", ", items) + ")";
    }
}
