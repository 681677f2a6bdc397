package nl.schaalsprong.verification.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the learning metrics can be broken down by. */
@Schema(name = "LearningDimension", description = "GEMEENTE: the gemeente of the target buurt; ROUTE: each route the"
        + " lesson speaks to; THEME: each theme (tag family) the lesson is tagged with; PROEFTUIN_STATUS: whether the"
        + " target buurt has proeftuin status")
public enum LearningDimension {
    GEMEENTE, ROUTE, THEME, PROEFTUIN_STATUS
}
