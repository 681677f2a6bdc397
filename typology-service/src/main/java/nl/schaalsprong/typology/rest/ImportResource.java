package nl.schaalsprong.typology.rest;

import nl.schaalsprong.platform.csv.CsvAnswer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.schaalsprong.platform.idempotency.IdempotentRequests;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.platform.security.Roles;
import nl.schaalsprong.typology.domain.imports.ImportJob;
import nl.schaalsprong.typology.domain.imports.ImportMode;
import nl.schaalsprong.typology.service.CbsKwbImportService;
import nl.schaalsprong.typology.service.ImportQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Imports as jobs. Imports change what every comparison is based on, and their reports name the rows of a file,
 * so starting and reading them both need a data steward.
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STEWARD)
@Tag(name = "Imports", description = "Loading CBS figures, as asynchronous jobs")
public class ImportResource {

    /** Rejections shown inline in a job; the rest are paged under /rejections, so a bad file stays a small answer. */
    static final int REJECTIONS_SHOWN = 100;
    private static final String MODES = "apply-valid|all-or-nothing";

    private final CbsKwbImportService imports;
    private final ImportQueries queries;
    private final IdempotentRequests idempotentRequests;

    public ImportResource(CbsKwbImportService imports, ImportQueries queries, IdempotentRequests idempotentRequests) {
        this.imports = imports;
        this.idempotentRequests = idempotentRequests;
        this.queries = queries;
    }

    @POST
    @Path("/cbs-kwb")
    @Consumes(CsvAnswer.TEXT_CSV)
    @Operation(operationId = "importCbsKwb",
            summary = "Start importing a CBS Kerncijfers wijken en buurten buurt file",
            description = "Takes the CSV as CBS publishes it (comma- or semicolon-separated, keys matched without "
                    + "their numeric suffix, '', '.' and '-' as missing). Answers 202 at once with the job; poll its "
                    + "Location until the status is no longer RUNNING. Every row is checked on its own and rejected "
                    + "rows are reported with their line number. The file never half-applies: mode apply-valid "
                    + "(default) stores all valid rows in one transaction, mode all-or-nothing stores nothing when "
                    + "any row is rejected (status REJECTED). Upsert by buurt code: importing the same file again "
                    + "changes nothing. With an Idempotency-Key, a retry of the same file gets the first job again and "
                    + "starts none (the local run sends a digest of the file, so a restart on kept state imports "
                    + "nothing twice). Needs role steward.")
    @RequestBody(required = true, description = "The CBS KWB buurt file, UTF-8 unless the Content-Type says otherwise",
            content = @Content(mediaType = CsvAnswer.TEXT_CSV, example = """
                    buurtcode,buurtnaam,gemeentenaam,AantalInwoners_5,Bevolkingsdichtheid_34,MateVanStedelijkheid_122
                    BU01630408,'n Oaln Diek,Hellendoorn,815,2754.0,4.0
                    BU19550001,"'s-Heerenberg, oostelijke uitbreiding",Montferland,3715,2088.0,4.0
                    """))
    @APIResponse(responseCode = "202", description = "Started; Location names the job, status RUNNING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", description = "The year is missing or implausible, the mode unknown, or the "
            + "Idempotency-Key malformed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "413", description = "The file is above the size limit "
            + "(quarkus.http.limits.max-body-size, 32 MB); the problem names the limit, no job is started")
    @APIResponse(responseCode = "422", description = "Not a KWB buurt file: empty, or the header lacks "
            + "buurtcode, buurtnaam or gemeentenaam. Checked before any job starts. Or an Idempotency-Key used before "
            + "with another file, year or mode.")
    @Transactional
    public Response importCbsKwb(
            @Parameter(description = "The KWB year the file describes; CBS files do not state it themselves",
                    required = true, example = "2024")
            @QueryParam("year") @NotNull @Min(1995) @Max(2100) Integer year,
            @Parameter(description = "apply-valid (default): store the valid rows, report the rest; all-or-nothing: "
                    + "store nothing if any row is rejected", example = "all-or-nothing")
            @QueryParam("mode") @DefaultValue("apply-valid") @Pattern(regexp = MODES) String mode,
            @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION, example = IdempotentRequests.HEADER_EXAMPLE)
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context HttpHeaders headers,
            @Context SecurityContext security,
            @Context UriInfo uri,
            InputStream file) {
        String csv = read(file, charsetOf(headers));
        String steward = security.getUserPrincipal().getName();
        return idempotentRequests.once("POST /api/v1/imports/cbs-kwb by " + steward, idempotencyKey,
                new CbsKwbRequest(year, mode, csv),
                () -> accepted(imports.start(csv, year, ImportMode.parse(mode), steward), uri));
    }

    /**
     * What a retry must repeat to replay the first job (a record: its JSON has a fixed order, unlike Map.of's). The
     * job is committed on its own before it starts (so its Location never answers 404), the key's claim in the
     * request's transaction, so a failure before the job started releases the key.
     */
    record CbsKwbRequest(int year, String mode, String csv) {
    }

    record MappedRequest(int year, String mode, MappedImportRequest request) {
    }

    private static Response accepted(ImportJob job, UriInfo uri) {
        return Response.accepted(ImportJobResponse.from(job))
                .location(uri.getBaseUriBuilder().path("api/v1/imports").path(job.id().toString()).build()).build();
    }

    @POST
    @Path("/mapped")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importMappedFigures",
            summary = "Start importing any per-buurt CSV through a column mapping",
            description = "For any file with its own column names: the request may declare new figures (kind, unit, "
                    + "levels, source), and the mapping names the code column, optionally the name and gemeente name "
                    + "columns (then new buurten can be registered), and per figure its column (percentages declared "
                    + "as such), plus the cell texts that mean 'no value'. Rows are checked and stored as a CBS file's "
                    + "(same job, modes, rejections and idempotence: the same file and year again changes nothing). "
                    + "Values are stored under the given year; searches use each buurt's newest. Codes that are not "
                    + "registered buurten in a file without names are reported as unplaced (count and codes). Figures "
                    + "the mapping does not name are left as stored. Needs role steward.")
    @RequestBody(required = true, description = "The mapping and the CSV",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MappedImportRequest.class),
                    examples = @ExampleObject(name = "Utrecht buurten 2022", value = """
                            {"mapping": {"code": "buurt_code", "name": "regio", "gemeenteName": "gm_naam",
                              "figures": {"AANTAL_INWONERS": "aantal_inwoners",
                                          "GEMIDDELDE_HUISHOUDENSGROOTTE": "gemiddelde_huishoudensgrootte"}},
                             "csv": ",buurt_code,gm_naam,regio,aantal_inwoners,gemiddelde_huishoudensgrootte\\n0,BU03070100,Amersfoort,Hof,710,1.4\\n"}
                            """)))
    @APIResponse(responseCode = "202", description = "Started; Location names the job, status RUNNING",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "400", description = "The year is missing or implausible, the mode unknown, the "
            + "mapping incomplete, or the Idempotency-Key malformed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "413", description = "The request is above the size limit "
            + "(quarkus.http.limits.max-body-size, 32 MB); the problem names the limit, no job is started")
    @APIResponse(responseCode = "422", description = "The file is empty or header-only, its header lacks a mapped "
            + "column or names one twice, a mapped figure is neither known nor declared, or a declaration clashes "
            + "with the catalogue (another kind or other levels, declared twice). Checked before any job starts; "
            + "nothing is stored. Or an Idempotency-Key used before with another request.")
    @Transactional
    public Response importMapped(
            @Parameter(description = "The year the figures describe (their source year)", required = true, example = "2022")
            @QueryParam("year") @NotNull @Min(1995) @Max(2100) Integer year,
            @Parameter(description = "apply-valid (default) or all-or-nothing", example = "apply-valid")
            @QueryParam("mode") @DefaultValue("apply-valid") @Pattern(regexp = MODES) String mode,
            @Parameter(description = IdempotentRequests.HEADER_DESCRIPTION, example = IdempotentRequests.HEADER_EXAMPLE)
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @Context SecurityContext security,
            @Context UriInfo uri,
            @NotNull @Valid MappedImportRequest request) {
        String steward = security.getUserPrincipal().getName();
        return idempotentRequests.once("POST /api/v1/imports/mapped by " + steward, idempotencyKey,
                new MappedRequest(year, mode, request),
                () -> accepted(imports.startMapped(request.csv(), request.mapping().toColumnMapping(),
                        request.declared(), year, ImportMode.parse(mode), steward), uri));
    }

    @GET
    @Operation(operationId = "listImports",
            summary = "List import jobs", description = "Newest first; stable pages. Needs role steward.")
    @APIResponse(responseCode = "200", description = "One page of jobs (without their rejections)")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    public Page<ImportJobResponse> list(
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1..200", example = "20") @QueryParam("size") @DefaultValue("20")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.list(page, size).map(ImportJobResponse::from);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport",
            summary = "One import job", description = "Status, progress, counts and the first "
            + REJECTIONS_SHOWN + " rejected rows. Needs role steward.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportJobResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportJobResponse get(@Parameter(description = "Import job id", example = "0b6f8a52-61c4-4b0e-8f8e-4f1e0f2b9d31")
                                 @PathParam("id") UUID id) {
        return ImportJobResponse.from(queries.job(id, REJECTIONS_SHOWN));
    }

    @GET
    @Path("/{id}/rejections")
    @Operation(operationId = "listImportRejections",
            summary = "All rejected rows of an import", description = "In file order; stable pages. "
            + "Needs role steward.")
    @APIResponse(responseCode = "200", description = "One page of rejected rows")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such import")
    public Page<ImportJobResponse.RejectionResponse> rejections(
            @Parameter(description = "Import job id", example = "0b6f8a52-61c4-4b0e-8f8e-4f1e0f2b9d31") @PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1..200", example = "20") @QueryParam("size") @DefaultValue("20")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.rejections(id, page, size).map(ImportJobResponse.RejectionResponse::from);
    }

    @GET
    @Path("/{id}/unplaced")
    @Operation(operationId = "listImportUnplaced",
            summary = "All unplaced codes of an import", description = "Valid rows whose code is not a registered "
            + "buurt, in a file that does not name buurten (typically codes of another year's boundaries); in code "
            + "order, stable pages. Needs role steward.")
    @APIResponse(responseCode = "200", description = "One page of codes")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The token lacks role steward")
    @APIResponse(responseCode = "404", description = "No such import")
    public Page<String> unplaced(
            @Parameter(description = "Import job id", example = "0b6f8a52-61c4-4b0e-8f8e-4f1e0f2b9d31") @PathParam("id") UUID id,
            @Parameter(description = "Page number from 0", example = "0") @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @Parameter(description = "Page size, 1..200", example = "20") @QueryParam("size") @DefaultValue("20")
            @Min(1) @Max(Page.MAX_SIZE) int size) {
        return queries.unplaced(id, page, size);
    }

    private static String read(InputStream file, Charset charset) {
        try {
            return new String(file.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
