package nl.schaalsprong.typology.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.schaalsprong.platform.problem.Problem;
import nl.schaalsprong.typology.service.CbsKwbImportService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Imports change what every comparison is based on, so only data stewards may run them. */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Loading CBS figures")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";

    private final CbsKwbImportService imports;

    public ImportResource(CbsKwbImportService imports) {
        this.imports = imports;
    }

    @POST
    @Path("/cbs-kwb")
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("steward")
    @Operation(summary = "Import a CBS Kerncijfers wijken en buurten buurt file",
            description = "Takes the CSV as CBS publishes it (comma- or semicolon-separated, keys matched without "
                    + "their numeric suffix, '', '.' and '-' as missing). Every row is checked on its own: valid "
                    + "rows are stored (upsert by buurt code, in one transaction), invalid rows are reported with "
                    + "their line number. Importing the same file again changes nothing. Needs role steward.")
    @RequestBody(required = true, description = "The CBS KWB buurt file, UTF-8 unless the Content-Type says otherwise",
            content = @Content(mediaType = TEXT_CSV, example = """
                    buurtcode,buurtnaam,gemeentenaam,AantalInwoners_5,Bevolkingsdichtheid_34,MateVanStedelijkheid_122
                    BU01630408,'n Oaln Diek,Hellendoorn,815,2754.0,4.0
                    BU19550001,"'s-Heerenberg, oostelijke uitbreiding",Montferland,3715,2088.0,4.0
                    """))
    @APIResponse(responseCode = "200", description = "The import ran; see the report for rejected rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReportResponse.class)))
    @APIResponse(responseCode = "400", description = "The year is missing or implausible",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token lacks role steward",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a KWB buurt file: empty, or the header lacks "
            + "buurtcode, buurtnaam or gemeentenaam",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReportResponse importCbsKwb(
            @Parameter(description = "The KWB year the file describes; CBS files do not state it themselves",
                    required = true, example = "2024")
            @QueryParam("year") @NotNull @Min(1995) @Max(2100) Integer year,
            @Context HttpHeaders headers,
            InputStream file) {
        return ImportReportResponse.from(imports.importFile(new InputStreamReader(file, charsetOf(headers)), year));
    }

    private static Charset charsetOf(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset);
        } catch (IllegalArgumentException e) {
            throw new NotSupportedException("unknown charset " + charset);
        }
    }
}
