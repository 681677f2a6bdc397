package nl.schaalsprong.verification.advice.rest;

import nl.schaalsprong.verification.advice.domain.AreaContext;
import nl.schaalsprong.verification.advice.domain.LayerForType;
import nl.schaalsprong.verification.advice.domain.TypeTally;
import nl.schaalsprong.verification.advice.service.Advice;
import nl.schaalsprong.verification.domain.Layer;
import nl.schaalsprong.verification.domain.evidence.ChanceRisk;
import nl.schaalsprong.verification.domain.evidence.Counts;
import nl.schaalsprong.verification.domain.evidence.Evidence;
import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import nl.schaalsprong.verification.mapping.PilotStatusEffectView;
import nl.schaalsprong.verification.mapping.RateView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;

/** One approach component as advised for an area. */
@Schema(name = "ComponentAdvice", description = "An approach component (tag), its evidence read for the area's"
        + " type, the lessons behind it and where it was tried")
public record ComponentAdviceView(
        @Schema(description = "Its place in the whole ranking, from 1", example = "1") int rank,
        @Schema(description = "The approach tag, family/component", example = "participatie/keukentafelgesprekken")
        String tag,
        @Schema(description = "Pooled evidence level of every lesson with the tag, by the published rules"
                + " (GET /api/v1/evidence-rules)") EvidenceLevel level,
        @Schema(description = "Why this level and not a higher one: one line per level rule tried")
        List<String> levelReasons,
        @Schema(description = "The layer the pooled evidence supports; null while too few or too contradictory"
                + " conclusions", nullable = true) Layer supportedLayer,
        @Schema(description = "One line per layer rule tried") List<String> layerReasons,
        @Schema(description = "That layer read for the area's type(s)") LayerForType layerForThisType,
        @Schema(description = "Why, in words, naming the types",
                example = "MENU, for this type: confirmed in Type 3 (Type 1, Type 3 confirmed)")
        String layerForThisTypeReason,
        @Schema(description = "Types where more buurten confirmed than did not") List<String> confirmedInTypes,
        @Schema(description = "Types tried decisively and not confirmed") List<String> notConfirmedInTypes,
        @Schema(description = "Toevalsrisico: whether the success may rest on chance or pilot conditions, and why")
        ChanceRisk chanceRisk,
        @Schema(description = "Confirmation rate with proeftuin status or experiment conditions against without")
        PilotStatusEffectView pilotStatusEffect,
        @Schema(description = "Pooled confirmed share of the decisive buurten, with its 95% Wilson interval")
        RateView confirmationRate,
        @Schema(description = "What happened in buurten of the area's type(s)") InTypeView inThisType,
        @Schema(description = "True when it failed in a buurt of the area's type: those places come first")
        boolean counterEvidenceInThisType,
        @Schema(description = "Verifications by stage, pooled") Counts counts,
        @Schema(description = "The lessons behind it, strongest own evidence first (at most 5)")
        List<LessonBehindView> lessons,
        @Schema(description = "Lessons with the tag in all", example = "3") long lessonsTotal,
        @Schema(description = "Where it was concluded or declined (at most 10): failures in the area's type first,"
                + " then confirmations there, then other types, then declines") List<PlaceView> places,
        @Schema(description = "Concluded or declined verifications in all", example = "12") long placesTotal,
        @Schema(description = "The tag's full evidence", example = "/api/v1/tags/participatie/keukentafelgesprekken/evidence")
        String evidenceHref,
        @Schema(description = "The barriers standing in the way: those the lessons behind it lean on and that are not"
                + " resolved, most leaned-on first; empty when none") List<BarrierInTheWayView> barriers,
        @Schema(description = "When this component's evidence, lessons and places were derived from its lessons and"
                + " verifications: changes since are not in them yet. A component of many lessons is derived at most"
                + " once per interval (30 s by default), a small one within about a second of a change",
                example = "2027-07-02T14:00:01Z") OffsetDateTime derivedAt) {

    @Schema(name = "AdviceInType", description = "Distinct buurten of the area's type(s) outside every origin")
    public record InTypeView(int confirmed, int notConfirmed, int inconclusive, int declined,
                             @Schema(description = "Confirmed share of the decisive ones with its Wilson interval")
                             RateView rate) {
    }

    static ComponentAdviceView of(Advice.Component component, AreaContext area) {
        var standing = component.standing();
        Evidence evidence = component.evidence();
        TypeTally here = standing.inThisType();
        return new ComponentAdviceView(component.rank(), standing.component().tag(), evidence.level(),
                evidence.reasons(), evidence.supportedLayer(), evidence.layerReasons(), standing.layerForType(),
                standing.layerForTypeReason(), evidence.confirmedInTypes(), evidence.notConfirmedInTypes(),
                evidence.chanceRisk(), PilotStatusEffectView.of(evidence.pilotStatusEffect()),
                RateView.of(evidence.confirmationRate()),
                new InTypeView(here.confirmed(), here.notConfirmed(), here.inconclusive(), here.declined(),
                        RateView.of(standing.rateInThisType())),
                standing.counterEvidenceInThisType(), evidence.counts(),
                component.lessons().stream().map(LessonBehindView::of).toList(), component.lessonsTotal(),
                component.places().stream().map(p -> PlaceView.of(p, area)).toList(), component.placesTotal(),
                "/api/v1/tags/" + standing.component().tag() + "/evidence",
                component.barriers().stream().map(BarrierInTheWayView::of).toList(), component.derivedAt());
    }
}
