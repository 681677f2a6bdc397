package nl.schaalsprong.verification.subscription.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schaalsprong.verification.subscription.domain.EventFilter;
import nl.schaalsprong.verification.subscription.domain.SubscribedEvent;
import nl.schaalsprong.verification.subscription.domain.Subscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "A subscription to events: where to deliver them and which", example = """
        {"callbackUrl":"https://gemeente.example.nl/schaalsprong/events","description":"Wijkteam Paddepoel",
         "filter":{"eventTypes":["VERIFICATION_SUGGESTED","VERIFICATION_CONCLUDED","LESSON_EVIDENCE_CHANGED"],
                   "areaCodes":["WK001410"],"tags":["participatie"]}}""")
public record CreateSubscriptionRequest(
        @Schema(description = "Where deliveries are POSTed: an http(s) URL of the receiving system, not of this "
                + "service; no credentials or fragment", example = "https://gemeente.example.nl/schaalsprong/events",
                required = true)
        @NotNull String callbackUrl,
        @Schema(description = "What the subscription is for, for its owners", example = "Wijkteam Paddepoel",
                nullable = true, maxLength = Subscription.MAX_DESCRIPTION)
        @Size(max = Subscription.MAX_DESCRIPTION) String description,
        @Schema(description = "Which events to deliver", required = true)
        @NotNull @Valid Filter filter) {

    @Schema(name = "SubscriptionFilterRequest", description = "Each part that is given narrows the events: a listed "
            + "type, a buurt within one of the areas, a tag under one of the tags. Left out or empty, a part does not "
            + "narrow. A verifier must list areas, all within its gemeenten.")
    public record Filter(
            @Schema(description = "Event types to deliver; empty: all", example = "[\"VERIFICATION_CONCLUDED\"]",
                    nullable = true)
            @Size(max = 20) List<SubscribedEvent> eventTypes,
            @Schema(description = "CBS gemeente, wijk or buurt codes; an event is about an area when a buurt it "
                    + "concerns lies in it, or a whole wijk or gemeente it concerns (a verification of a lesson of that "
                    + "scale) lies in it or is it", example = "[\"GM0014\", \"WK001410\", \"BU00141002\"]", nullable = true)
            @Size(max = EventFilter.MAX_AREAS) List<String> areaCodes,
            @Schema(description = "Approach tags (family or family/component); a family covers its components",
                    example = "[\"participatie/keukentafelgesprekken\"]", nullable = true)
            @Size(max = EventFilter.MAX_TAGS) List<String> tags) {

        List<SubscribedEvent> eventTypesOrNone() {
            return eventTypes == null ? List.of() : eventTypes;
        }

        List<String> areaCodesOrNone() {
            return areaCodes == null ? List.of() : areaCodes;
        }

        List<String> tagsOrNone() {
            return tags == null ? List.of() : tags;
        }
    }
}
