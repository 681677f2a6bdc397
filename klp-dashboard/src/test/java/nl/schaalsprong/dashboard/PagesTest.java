package nl.schaalsprong.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

/** Every page is served with its Dutch label, the navigation to all five, and its script. */
@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(ServiceStubs.class)
class PagesTest {

    @ParameterizedTest
    @CsvSource({"/leren, Leren, leren.js", "/bewijs, Bewijs, bewijs.js", "/bewijs/les, Bewijs, les.js",
            "/typologie, Typologie, typologie.js", "/mijn-wijk, Mijn wijk, mijn-wijk.js",
            "/belemmeringen, Belemmeringen, belemmeringen.js"})
    void everyPageIsServedWithItsLabelNavigationAndScript(String path, String label, String script) {
        given().when().get(path)
                .then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"nl\">"))
                .body(containsString("<h1>" + label + "</h1>"))
                .body(containsString("aria-current=\"page\">" + label + "</a>"))
                .body(containsString("href=\"/mijn-wijk\""))
                .body(containsString("href=\"/belemmeringen\""))
                .body(containsString("/js/" + script));
    }

    @Test
    void theStartPageIsLeren() {
        given().redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/leren"));
    }

    @Test
    void theChartLibraryComesFromTheBundleOnTheClassPath() {
        String page = given().when().get("/leren").then().statusCode(200).extract().asString();
        String echarts = page.replaceAll("(?s).*<script defer src=\"(/_static/echarts/[^\"]+)\".*", "$1");
        given().when().get(echarts).then().statusCode(200).body(containsString("echarts"));
        given().when().get("/js/common.js").then().statusCode(200);
        given().when().get("/dashboard.css").then().statusCode(200);
    }

    @Test
    void everyChartHasATextAlternativeAndADataTable() {
        given().when().get("/leren").then().statusCode(200)
                .body(containsString("role=\"img\" aria-labelledby=\"workflow-title\" aria-describedby=\"workflow-summary\""))
                .body(containsString("<table id=\"workflow-table\">"));
    }

    @Test
    void bewijsChartsEvidencePerRouteAndLayerAndTypologieOffersTheBulkExport() {
        given().when().get("/bewijs").then().statusCode(200)
                .body(containsString("aria-describedby=\"routes-summary\""))
                .body(containsString("<table id=\"layers-table\">"))
                .body(containsString("<table id=\"supported-layers-table\">"));
        given().when().get("/typologie").then().statusCode(200)
                .body(containsString("id=\"assignments-export\""));
        given().when().get("/js/common.js").then().statusCode(200)
                .body(containsString("Accept: 'text/csv'"));
    }

    /** Mijn wijk nominates (nominate.js) to verification-service's nominate operation, with the session's token. */
    @Test
    void mijnWijkOffersANominationOfABuurtForALesson() {
        given().when().get("/mijn-wijk").then().statusCode(200)
                .body(containsString("/js/nominate.js"))
                .body(containsString("<label for=\"token\">"));
        given().when().get("/js/nominate.js").then().statusCode(200)
                .body(containsString("'/api/v1/verifications', { method: 'POST', write: true"))
                .body(containsString("Probeer het hier"));
        given().when().get("/js/mijn-wijk.js").then().statusCode(200)
                .body(containsString("Nominate.form(area"))
                .body(containsString("'Belemmeringen: geen bekend.'"));
        // A wijk or gemeente offers its buurten by name (typology-service's areas API).
        given().when().get("/js/nominate.js").then().statusCode(200)
                .body(containsString("'/buurten'"));
    }

    /** The lesson drill-down's pie is verification-service's counts, and its CSV that resource's text/csv. */
    @Test
    void theLessonsPieIsVerificationServicesCounts() {
        given().when().get("/js/les.js").then().statusCode(200)
                .body(containsString("'/api/v1/verifications/counts'"))
                .body(containsString("csv: counts"));
    }

    /** Mijn wijk declines with a structured reason (decline.js): Dutch kinds, the default basis' dimensions. */
    @Test
    void mijnWijkDeclinesWithAStructuredReason() {
        given().when().get("/mijn-wijk").then().statusCode(200).body(containsString("/js/decline.js"));
        given().when().get("/js/decline.js").then().statusCode(200)
                .body(containsString("'Verschilt op een dimensie'"))
                .body(containsString("'Belemmering'"))
                .body(containsString("'/api/v1/comparability-bases'"));
        given().when().get("/js/mijn-wijk.js").then().statusCode(200)
                .body(containsString("body: Decline.body(form)"));
    }

    @Test
    void theDashboardReportsItsHealth() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
