package nl.schaalsprong.dashboard;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * The dashboard's pages, rendered on the server (Qute) with Dutch labels: the frame, navigation, filters and
 * empty charts with their data tables; each page's script fills them from the APIs through {@link ApiForwarding}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class Pages {

    /** One entry of the navigation: path, Dutch label, what the page is for. */
    public record Page(String path, String label, String purpose) {
    }

    public static final List<Page> NAVIGATION = List.of(
            new Page("/leren", "Leren", "Hoe het programma leert: voorstellen, acceptaties en conclusies per maand"),
            new Page("/bewijs", "Bewijs", "Lessen naar bewijsniveau, route en laag"),
            new Page("/typologie", "Typologie", "Typen buurten, hun portretten en vergelijkbare buurten"),
            new Page("/mijn-wijk", "Mijn wijk", "Advies en open voorstellen voor een gemeente, wijk of buurt"),
            new Page("/belemmeringen", "Belemmeringen", "Het register van institutionele belemmeringen"));

    private final DashboardConfig config;
    private final Template leren;
    private final Template bewijs;
    private final Template les;
    private final Template typologie;
    private final Template mijnWijk;
    private final Template belemmeringen;

    public Pages(DashboardConfig config, Template leren, Template bewijs, Template les, Template typologie,
                 @Location("mijn-wijk") Template mijnWijk, Template belemmeringen) {
        this.config = config;
        this.leren = leren;
        this.bewijs = bewijs;
        this.les = les;
        this.typologie = typologie;
        this.mijnWijk = mijnWijk;
        this.belemmeringen = belemmeringen;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/leren")).build();
    }

    @GET
    @Path("leren")
    public TemplateInstance leren() {
        return page(leren, "/leren");
    }

    @GET
    @Path("bewijs")
    public TemplateInstance bewijs() {
        return page(bewijs, "/bewijs");
    }

    /** The drill-down from Bewijs: one lesson, its evidence and its verification history (id in the query). */
    @GET
    @Path("bewijs/les")
    public TemplateInstance les() {
        return page(les, "/bewijs");
    }

    @GET
    @Path("typologie")
    public TemplateInstance typologie() {
        return page(typologie, "/typologie");
    }

    @GET
    @Path("mijn-wijk")
    public TemplateInstance mijnWijk() {
        return page(mijnWijk, "/mijn-wijk");
    }

    @GET
    @Path("belemmeringen")
    public TemplateInstance belemmeringen() {
        return page(belemmeringen, "/belemmeringen");
    }

    private TemplateInstance page(Template template, String current) {
        Page page = NAVIGATION.stream().filter(p -> p.path().equals(current)).findFirst().orElseThrow();
        return template.data("navigation", NAVIGATION).data("current", page)
                .data("echarts", "/_static/echarts/" + config.echartsVersion() + "/dist/echarts.min.js");
    }
}
