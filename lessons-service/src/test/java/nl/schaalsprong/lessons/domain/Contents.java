package nl.schaalsprong.lessons.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Lesson contents for unit tests: a complete one, and copies of it with one thing changed. */
final class Contents {

    private Contents() {
    }

    static LessonContent complete() {
        return new LessonContent("Keukentafelgesprekken verhogen de deelname", "40 van 900 huishoudens kwamen.",
                "participatie/keukentafelgesprekken", "Gesprekken thuis bereiken wie niet komt.",
                "Plan per straat een ronde gesprekken.", Outcome.SUCCESS,
                List.of(new Indicator("deelname eigenaren", new BigDecimal("70"), "%", LocalDate.of(2021, 6, 1))),
                List.of("https://www.aardgasvrijewijken.nl/proeftuinen"), "groningen-paddepoel-en-selwerd",
                List.of("BU00140000"), List.of(Theme.PARTICIPATIE), List.of(Route.REPLICATIE), Layer.MENU,
                new Rightscaling(Scale.BUURT, Scale.STRAAT, Scale.WIJK),
                List.of(new Skill("gesprekken voeren", SkillHolder.BEWONERS)),
                List.of(ExperimentCondition.EXTRA_FINANCIERING), null, null);
    }

    static LessonContent with(Change change) {
        LessonContent c = complete();
        Fields f = new Fields(c.title(), c.context(), c.module(), c.lesson(), c.recommendation(), c.outcome(),
                c.indicators(), c.evidenceLinks(), c.proeftuinId(), c.originBuurtCodes(), c.themes(), c.routes(),
                c.claimedLayer(), c.rightscaling(), c.skills(), c.experimentConditions(), c.barrier(),
                c.exemption());
        change.apply(f);
        return new LessonContent(f.title, f.context, f.module, f.lesson, f.recommendation, f.outcome, f.indicators,
                f.evidenceLinks, f.proeftuinId, f.originBuurtCodes, f.themes, f.routes, f.claimedLayer,
                f.rightscaling, f.skills, f.experimentConditions, f.barrier, f.exemption);
    }

    interface Change {
        void apply(Fields fields);
    }

    /** A mutable copy of a content's fields, so a test states only the one field it changes. */
    static final class Fields {
        String title, context, module, lesson, recommendation, proeftuinId;
        Outcome outcome;
        List<Indicator> indicators;
        List<String> evidenceLinks, originBuurtCodes;
        List<Theme> themes;
        List<Route> routes;
        Layer claimedLayer;
        Rightscaling rightscaling;
        List<Skill> skills;
        List<ExperimentCondition> experimentConditions;
        BarrierSection barrier;
        ExemptionSection exemption;

        Fields(String title, String context, String module, String lesson, String recommendation, Outcome outcome,
               List<Indicator> indicators, List<String> evidenceLinks, String proeftuinId,
               List<String> originBuurtCodes, List<Theme> themes, List<Route> routes, Layer claimedLayer,
               Rightscaling rightscaling, List<Skill> skills, List<ExperimentCondition> experimentConditions,
               BarrierSection barrier, ExemptionSection exemption) {
            this.title = title;
            this.context = context;
            this.module = module;
            this.lesson = lesson;
            this.recommendation = recommendation;
            this.outcome = outcome;
            this.indicators = indicators;
            this.evidenceLinks = evidenceLinks;
            this.proeftuinId = proeftuinId;
            this.originBuurtCodes = originBuurtCodes;
            this.themes = themes;
            this.routes = routes;
            this.claimedLayer = claimedLayer;
            this.rightscaling = rightscaling;
            this.skills = skills;
            this.experimentConditions = experimentConditions;
            this.barrier = barrier;
            this.exemption = exemption;
        }
    }
}
