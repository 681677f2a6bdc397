package nl.schaalsprong.verification.advice.domain;

import nl.schaalsprong.verification.domain.evidence.ConfirmationRate;

import java.util.List;

/**
 * How one component stands for the asked area: its layer read for the area's types, how it fared in buurten of
 * those types, and whether that holds counter-evidence (a failure in a buurt of this type), which the advice then
 * shows first.
 */
public record Standing(ComponentSummary component, LayerForType layerForType, String layerForTypeReason,
                       LayerForType.Fit fit, TypeTally inThisType, ConfirmationRate rateInThisType) {

    /** The component failed in at least one buurt of the area's type(s). */
    public boolean counterEvidenceInThisType() {
        return inThisType.notConfirmed() > 0;
    }

    static Standing of(ComponentSummary component, List<String> areaTypes) {
        TypeTally here = TypeTallies.across(component.byType(), areaTypes);
        LayerForType layer = LayerForType.of(component.supportedLayer(), component.confirmedInTypes(), areaTypes);
        return new Standing(component, layer,
                layer.reason(areaTypes, component.confirmedInTypes(), component.notConfirmedInTypes()),
                layer.fit(here.notConfirmed() > here.confirmed()), here,
                ConfirmationRate.of(here.confirmed(), here.decisive()));
    }
}
