package nl.schaalsprong.typology.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TypeNamingRequest", description = "What a steward names a type")
public record TypeNamingRequest(
        @Schema(description = "3 to 80 characters; not the name of another type of the typology",
                example = "Naoorlogse stadswijken", required = true) String name,
        @Schema(description = "At most 2000 characters", nullable = true,
                example = "Portiekflats uit 1950-1970 rond het centrum, veel huur, weinig kinderen") String description) {
}
