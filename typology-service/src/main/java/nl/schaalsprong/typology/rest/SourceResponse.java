package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.catalogue.Provenance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where figures come from, as it must be credited wherever their values are shown. */
@Schema(name = "Source", description = "The source of a figure: publisher, table or file, licence and the line to "
        + "credit it with")
public record SourceResponse(
        @Schema(description = "Who publishes it", example = "CBS") String publisher,
        @Schema(description = "Table or file", example = "Kerncijfers wijken en buurten (tabel 85984NED)") String table,
        @Schema(description = "Licence", example = "CC BY 4.0") String licence,
        @Schema(description = "The attribution line to show with its values", example = "Bron: CBS")
        String attribution) {

    static SourceResponse from(Provenance source) {
        return new SourceResponse(source.publisher(), source.table(), source.licence(), source.attribution());
    }
}
