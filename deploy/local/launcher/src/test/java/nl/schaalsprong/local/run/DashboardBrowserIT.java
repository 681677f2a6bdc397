package nl.schaalsprong.local.run;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The KLP dashboard in a real browser (Debian's headless chromium, driven by Playwright) over the running suite,
 * loaded with the demo lesson and one concluded verification: every page opens, its charts are drawn with data from
 * the services, the drill-downs lead on, a buurt is picked by name on Mijn wijk and nominated for the demo lesson, a
 * suggestion is declined there with a structured reason, a wijk's and a gemeente's buurten are offered by name to
 * nominate, the advice's barriers are shown per component, the charts' CSV downloads (the lesson's pie too) are the
 * APIs' own, and the accessibility basics hold.
 * Leaves one screenshot per page and the first contentful paint of each in target/dashboard/.
 */
class DashboardBrowserIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("schaalsprong.chromium", "/usr/bin/chromium"));
    private static final Path OUT = Path.of(System.getProperty("schaalsprong.screenshots", "target/dashboard"));

    private static LocalSuite suite;
    private static Playwright playwright;
    private static Browser browser;
    private static String lessonId;
    private static String openSuggestionBuurt;
    private static Map<String, Object> declinable;
    private static String confirmedType;
    private static SuiteClient client;
    private static final Map<String, Double> FIRST_CONTENTFUL_PAINT = new LinkedHashMap<>();

    @BeforeAll
    static void startSuiteAndBrowser() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium (see .ci/run)");
        suite = LocalSuite.start(SuiteSettings.forTests(SuiteSettings.locateRoot()));
        client = new SuiteClient(suite);
        lessonId = client.recordAndTagLesson("participatie/keukentafelgesprekken");
        client.awaitSuggestions(lessonId);
        List<Map<String, Object>> suggestions = given().baseUri(suite.verification().url())
                .queryParam("lessonId", lessonId).queryParam("size", 100)
                .when().get("/api/v1/verifications").then().statusCode(200).extract().jsonPath().getList("items");
        String concluded = (String) suggestions.get(0).get("id");
        client.concludeConfirmed(concluded, DemoLesson.INDICATOR, 60, 71);
        confirmedType = given().baseUri(suite.verification().url()).when().get("/api/v1/verifications/" + concluded)
                .then().statusCode(200).extract().path("targetType.label");
        openSuggestionBuurt = (String) suggestions.get(1).get("targetBuurtCode");
        assertTrue(suggestions.size() >= 3, "a third suggestion to decline: " + suggestions.size());
        declinable = suggestions.get(suggestions.size() - 1);
        Files.createDirectories(OUT);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopAll() throws IOException {
        if (!FIRST_CONTENTFUL_PAINT.isEmpty()) {
            StringBuilder report = new StringBuilder("page\tfirst contentful paint (ms)\n");
            FIRST_CONTENTFUL_PAINT.forEach((page, ms) -> report.append(page).append('\t').append(ms).append('\n'));
            Files.writeString(OUT.resolve("first-contentful-paint.tsv"), report);
            System.out.println("Dashboard first contentful paint (ms): " + FIRST_CONTENTFUL_PAINT);
        }
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    private static Page open(String path) {
        Page page = browser.newContext().newPage();
        page.navigate(suite.dashboard().url() + path);
        page.waitForLoadState();
        Object fcp = page.evaluate("() => new Promise(done => { const e = performance.getEntriesByName("
                + "'first-contentful-paint')[0]; if (e) { done(e.startTime); } else { new PerformanceObserver("
                + "l => done(l.getEntries()[0].startTime)).observe({type: 'paint', buffered: true}); } })");
        FIRST_CONTENTFUL_PAINT.putIfAbsent(path.replaceAll("\\?.*", ""), ((Number) fcp).doubleValue());
        return page;
    }

    /** Waits until the chart is drawn with at least one data point, and returns how many. */
    private static int chartPoints(Page page, String chart) {
        page.waitForFunction("id => { const e = document.getElementById(id); return e && Number(e.dataset.points) > 0"
                + " && e.querySelector('canvas'); }", chart);
        int rows = ((Number) page.evaluate("id => document.querySelectorAll('#' + id + '-table tbody tr').length",
                chart)).intValue();
        assertTrue(rows > 0, chart + " has its data as a table");
        return Integer.parseInt(page.getAttribute("#" + chart, "data-points"));
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
    }

    /** Every chart has a text alternative, every form control a label, and no page reports an error. */
    private static void accessibilityBasics(Page page) {
        Object unlabelled = page.evaluate("() => [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(c => !(c.labels && c.labels.length) && !c.getAttribute('aria-label')).map(c => c.id || c.name)");
        assertEquals(List.of(), unlabelled, "form controls without a label");
        Object bare = page.evaluate("() => [...document.querySelectorAll('.chart')].filter(c => c.getAttribute('role') !== 'img'"
                + " || !document.getElementById(c.getAttribute('aria-describedby'))"
                + " || !document.getElementById(c.id + '-table')).map(c => c.id)");
        assertEquals(List.of(), bare, "charts without a text alternative and a data table");
        // A page shows "Gegevens laden…" until its last request has answered (leren's learned weights come after the
        // charts the test waited for): the verdict is what it shows once it has loaded.
        page.waitForFunction("() => document.getElementById('status').textContent.trim() !== 'Gegevens laden…'");
        assertEquals("", page.textContent("#status").strip(), "the page reports no error");
    }

    @Test
    void lerenDrawsTheLearningMetricsOfThePeriod() {
        Page page = open("/leren");
        assertTrue(chartPoints(page, "workflow") >= 3, "suggested, accepted and concluded this month");
        chartPoints(page, "quality");
        chartPoints(page, "breakdown");
        page.selectOption("#by", "ROUTE");
        page.click("#filters button[type=submit]");
        page.waitForFunction("() => [...document.querySelectorAll('#breakdown-table td')].some(td => td.textContent === 'REPLICATIE')"
                + " || [...document.querySelectorAll('#breakdown-table td')].some(td => /^[A-Z]+$/.test(td.textContent))");
        assertTrue(page.textContent("#kpis").contains("Afgerond"));
        accessibilityBasics(page);
        screenshot(page, "leren");
    }

    @Test
    void bewijsShowsLessonsByEvidenceAndLeadsToALessonsHistory() {
        Page page = open("/bewijs");
        chartPoints(page, "evidence");
        chartPoints(page, "routes");
        chartPoints(page, "layers");
        chartPoints(page, "supported-layers");
        // The demo lesson speaks to REPLICATIE: its row in the chart's table counts it at some evidence level.
        Object replicatie = page.evaluate("() => [...document.querySelectorAll('#routes-table tbody tr')]"
                + ".filter(tr => tr.cells[0].textContent === 'REPLICATIE')"
                + ".map(tr => [...tr.cells].slice(1).reduce((n, td) => n + (Number(td.textContent) || 0), 0))[0]");
        assertTrue(((Number) replicatie).intValue() >= 1, "REPLICATIE lessons by level: " + replicatie);
        // The chart's CSV is the API's own, through the dashboard.
        String csv = (String) page.evaluate("() => fetch('/api/v1/evidence/summary?by=ROUTE',"
                + " { headers: { Accept: 'text/csv' } }).then(r => r.text())");
        assertTrue(csv.startsWith("route,lessons,ORIGIN_ONLY,INDICATIVE,REPLICATED,ESTABLISHED,CONTESTED"), csv);
        page.waitForSelector("#components tbody tr td");
        accessibilityBasics(page);
        screenshot(page, "bewijs");
        page.click("#lessons a[href*='" + lessonId + "']");
        page.waitForURL("**/bewijs/les?id=" + lessonId);
        int slices = chartPoints(page, "history");
        page.waitForSelector("#records tbody tr td");
        assertTrue(page.textContent("#records").contains("CONFIRMED"), "the concluded verification is in the history");
        // The pie's CSV is verification-service's count of the lesson's verifications answering text/csv (through
        // the dashboard), not the page's table: one row per status and outcome, each the number of verifications the
        // list API has there.
        List<String> counts = new ArrayList<>();
        com.microsoft.playwright.Response answered = page.waitForResponse(
                r -> r.url().contains("/api/v1/verifications/counts") && "text/csv".equals(r.request().headers().get("accept")),
                () -> counts.addAll(downloadedCsv(page, "history")));
        assertEquals(200, answered.status());
        assertTrue(answered.headers().get("content-type").startsWith("text/csv"), answered.headers().toString());
        assertEquals("status,outcome,verifications", counts.get(0));
        List<Map<String, Object>> listed = given().baseUri(suite.verification().url()).queryParam("lessonId", lessonId)
                .queryParam("size", 200).when().get("/api/v1/verifications").then().statusCode(200)
                .extract().jsonPath().getList("items");
        int nonZero = 0;
        for (String row : counts.subList(1, counts.size())) {
            String[] cells = row.split(",", -1);
            long expected = listed.stream().filter(v -> cells[0].equals(v.get("status"))
                    && cells[1].equals(v.get("outcome") == null ? "" : v.get("outcome"))).count();
            assertEquals(expected, Long.parseLong(cells[2]), "verifications " + cells[0] + " " + cells[1]);
            nonZero += expected > 0 ? 1 : 0;
        }
        assertTrue(counts.stream().anyMatch(row -> row.startsWith("CONCLUDED,CONFIRMED,")), "" + counts);
        assertEquals(nonZero, slices, "a slice per status with verifications: " + counts);
        accessibilityBasics(page);
        screenshot(page, "bewijs-les");
    }

    /**
     * A lesson from a buurt typology cannot compare on the default basis (BU00140007, UMCG in Groningen: no heating
     * shares, density or stedelijkheid) gets no suggestions, and its page says why, in typology's own words.
     */
    @Test
    void aLessonsPageSaysWhyItsSuggestionsWaitForFiguresOfItsOrigin() {
        String waiting = client.recordAndTagLessonIn("BU00140007", "participatie/keukentafelgesprekken");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(suite.verification().url())
                .queryParam("lessonId", waiting).when().get("/api/v1/verifications/counts").then().statusCode(200)
                .body("total", equalTo(0))
                .body("suggestionsWaiting.waitingFor", equalTo("ORIGIN_DATA")));
        Page page = open("/bewijs/les?id=" + waiting);
        page.waitForSelector("#lesson dd");
        String facts = page.textContent("#lesson");
        assertTrue(facts.contains("wachten op cijfers van de herkomstbuurt"), facts);
        assertTrue(facts.contains("BU00140007") && facts.contains("70%"), "typology's reason: " + facts);
        accessibilityBasics(page);
    }

    @Test
    void typologieShowsTheTypesTheirBuurtenAndComparableBuurtenOfAPickedArea() {
        Page page = open("/typologie");
        assertTrue(chartPoints(page, "types") >= 2, "the typology has types");
        page.waitForSelector("#assignments-export:not([hidden])");
        String export = (String) page.evaluate("() => fetch(document.getElementById('assignments-export').dataset.export,"
                + " { headers: { Accept: 'text/csv' } }).then(r => r.text())");
        List<String> lines = export.lines().toList();
        assertEquals("buurtCode,buurtName,gemeenteCode,gemeenteName,typeNumber,typeLabel,typeName,distance",
                lines.get(0));
        Number typed = (Number) page.evaluate("() => fetch(document.getElementById('assignments-export').dataset.export"
                + ".replace(/assignments$/, 'types')).then(r => r.json()).then(ts => ts.reduce((n, t) => n + t.size, 0))");
        assertEquals(typed.intValue() + 1, lines.size(), "every typed buurt, not a page");
        page.waitForSelector("#members tbody tr td");
        page.fill("#explorer-q", "Paddepoel-Zuid");
        page.click("#explorer-form button[type=submit]");
        page.click("#explorer-results button[data-code='" + DemoLesson.ORIGIN + "']");
        page.waitForSelector("#comparable tbody tr td");
        chartPoints(page, "explanation");
        // The explanation's CSV is typology-service's pair comparison answering text/csv, not the page's table.
        assertEquals("dimension,weight,distance,contribution,value,otherValue", downloadedCsv(page, "explanation").get(0));
        accessibilityBasics(page);
        screenshot(page, "typologie");
    }

    @Test
    void mijnWijkPicksABuurtByNameAndShowsItsNeighboursAndOpenSuggestions() {
        String name = given().baseUri(suite.typology().url()).when().get("/api/v1/areas/" + openSuggestionBuurt)
                .then().statusCode(200).extract().path("name");
        Page page = open("/mijn-wijk");
        pickArea(page, name, openSuggestionBuurt);
        chartPoints(page, "neighbours");
        page.waitForFunction("code => document.querySelector('#suggestions').textContent.includes(code)", openSuggestionBuurt);
        // verification-service's advice for the buurt: a list of components or "Geen advies", never a failure.
        page.waitForFunction("() => document.querySelector('#advice').textContent.length > 0");
        assertFalse(page.textContent("#advice").contains("niet beschikbaar"), page.textContent("#advice"));
        // The neighbours' CSV is typology-service's comparable buurten answering text/csv, one row per buurt.
        List<String> csv = downloadedCsv(page, "neighbours");
        assertEquals("code,name,gemeenteName,similarity,comparedDimensions,missingWeight,differsMostOn,proeftuin,"
                + "typeNumber,typeLabel", csv.get(0));
        assertEquals(Integer.parseInt(page.getAttribute("#neighbours", "data-points")) + 1, csv.size(), "" + csv);
        accessibilityBasics(page);
        screenshot(page, "mijn-wijk");
    }

    /**
     * "Probeer het hier": signed in with the banner's steward token, a buurt of the type the demo lesson was confirmed
     * in (comparable to its origin, not suggested) is nominated for the lesson from its advice; the new verification
     * is shown (and is there, NOMINATED and ACCEPTED), and nominating it again shows verification-service's 409.
     */
    @Test
    void mijnWijkNominatesABuurtForTheDemoLessonOnceAndSaysSoWhenItIsNominatedAgain() {
        List<String> suggested = client.suggestedBuurten(lessonId);
        List<Map<String, Object>> comparable = given().baseUri(suite.typology().url()).queryParam("limit", 100)
                .when().get("/api/v1/neighbourhoods/" + DemoLesson.ORIGIN + "/comparable")
                .then().statusCode(200).extract().jsonPath().getList("comparable");
        String buurt = comparable.stream()
                .filter(b -> b.get("type") instanceof Map<?, ?> t && confirmedType.equals(t.get("label")))
                .map(b -> (String) b.get("code")).filter(code -> !suggested.contains(code))
                .findFirst().orElseThrow(() -> new AssertionError("no unsuggested buurt of type " + confirmedType));
        // The advice for it lists the demo lesson once the confirmation has reached verification-service's read side.
        awaitAdviceListingTheDemoLesson(buurt);
        String steward = suite.stack().tokens().token("demo-steward", "steward");

        Page page = open("/mijn-wijk");
        page.fill("#token", steward);
        page.click("#signin button[type=submit]");
        page.waitForFunction("() => document.getElementById('signin-state').textContent.startsWith('Aangemeld')");
        pickArea(page, buurt, buurt);
        String form = "form.nominate[data-lesson='" + lessonId + "']";
        page.waitForSelector(form, new Page.WaitForSelectorOptions().setState(
                com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        barriersAsAdvised(page, buurt);
        page.click("details.try-here:has(" + form + ") summary");
        assertEquals(buurt, page.inputValue(form + " input[name=buurt]"), "the picked buurt is the one nominated");
        page.fill(form + " input[name=indicator]", DemoLesson.INDICATOR);
        page.fill(form + " input[name=threshold]", "60");
        page.click(form + " button[type=submit]");
        page.waitForFunction("f => document.querySelector(f + ' .nominate-outcome').textContent.length > 0", form);
        String outcome = page.textContent(form + " .nominate-outcome");
        assertTrue(outcome.startsWith("Genomineerd") && outcome.contains("NOMINATED"), outcome);
        String id = page.getAttribute(form + " .nominate-outcome", "data-verification");
        given().baseUri(suite.verification().url()).when().get("/api/v1/verifications/" + id).then().statusCode(200)
                .body("targetBuurtCode", org.hamcrest.Matchers.equalTo(buurt))
                .body("lessonId", org.hamcrest.Matchers.equalTo(lessonId))
                .body("selection", org.hamcrest.Matchers.equalTo("NOMINATED"))
                .body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("criteria[0].indicator", org.hamcrest.Matchers.equalTo(DemoLesson.INDICATOR));
        accessibilityBasics(page);
        screenshot(page, "mijn-wijk-nominated");

        page.click(form + " button[type=submit]");
        page.waitForFunction("f => document.querySelector(f + ' .nominate-outcome').classList.contains('error')", form);
        String refused = page.textContent(form + " .nominate-outcome");
        assertTrue(refused.startsWith("Deze les heeft in deze buurt al een verificatie"), refused);
        screenshot(page, "mijn-wijk-nominated-again");
    }

    /**
     * Each component of the advice shows the barriers verification-service names in its way (rule, status and level
     * as given), or that none is known: compared with the advice API's own answer for the area, whatever the test
     * data holds (the demo lesson leans on no barrier; a lesson with an exemption would).
     */
    private static void barriersAsAdvised(Page page, String area) {
        List<Map<String, Object>> components = given().baseUri(suite.verification().url()).queryParam("area", area)
                .when().get("/api/v1/advice").then().statusCode(200).extract().jsonPath().getList("items");
        assertFalse(components.isEmpty(), "the advice for " + area + " has components");
        for (Map<String, Object> component : components) {
            String shown = (String) page.evaluate("tag => [...document.querySelectorAll('#advice ul.components > li')]"
                    + ".find(li => li.dataset.tag === tag).querySelector('.barriers').textContent", component.get("tag"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> barriers = (List<Map<String, Object>>) component.get("barriers");
            if (barriers.isEmpty()) {
                assertEquals("Belemmeringen: geen bekend.", shown, "component " + component.get("tag"));
            }
            for (Map<String, Object> barrier : barriers) {
                assertTrue(shown.contains(barrier.get("ruleNamed") + " — status " + barrier.get("status") + " · niveau "
                        + barrier.get("level")), shown);
            }
        }
    }

    /**
     * Nominating for a wijk (found by code, which unlike its name is unique) or a gemeente (by name): the form offers the
     * buurten in it by name, as typology-service lists them, and the chosen one's code is what would be nominated.
     */
    @Test
    void mijnWijkOffersTheBuurtenOfAPickedWijkOrGemeenteToNominate() {
        Map<String, Object> area = given().baseUri(suite.typology().url()).when().get("/api/v1/areas/" + openSuggestionBuurt)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        String wijk = (String) ((Map<String, Object>) area.get("wijk")).get("code");
        @SuppressWarnings("unchecked")
        Map<String, Object> gemeente = (Map<String, Object>) area.get("gemeente");
        for (String[] picked : new String[][]{{wijk, wijk}, {(String) gemeente.get("name"), (String) gemeente.get("code")}}) {
            awaitAdviceListingTheDemoLesson(picked[1]);
            List<Map<String, Object>> buurten = given().baseUri(suite.typology().url())
                    .when().get("/api/v1/areas/" + picked[1] + "/buurten").then().statusCode(200)
                    .extract().jsonPath().getList("buurten");
            assertTrue(buurten.stream().anyMatch(b -> openSuggestionBuurt.equals(b.get("code"))), "" + buurten);
            Page page = open("/mijn-wijk");
            pickArea(page, picked[0], picked[1]);
            String form = "form.nominate[data-lesson='" + lessonId + "']";
            page.waitForSelector(form, new Page.WaitForSelectorOptions().setState(
                    com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.click("details.try-here:has(" + form + ") summary");
            String select = form + " select[name=buurt]";
            page.waitForFunction("s => document.querySelectorAll(s + ' option').length > 1", select);
            Object offered = page.evaluate("s => [...document.querySelectorAll(s + ' option')].filter(o => o.value)"
                    + ".map(o => o.value + ' ' + o.textContent)", select);
            assertEquals(buurten.stream().map(b -> b.get("code") + " " + b.get("name") + " (" + b.get("code") + ")")
                    .toList(), offered, "the buurten of " + picked[0]);
            String label = page.textContent("label[for='" + page.getAttribute(select, "id") + "']");
            assertTrue(label.startsWith("Buurt (nomineren gaat per buurt"), label);
            page.selectOption(select, openSuggestionBuurt);
            assertEquals(openSuggestionBuurt, page.inputValue(select));
            barriersAsAdvised(page, picked[1]);
            accessibilityBasics(page);
            screenshot(page, "mijn-wijk-" + (picked[1].startsWith("WK") ? "wijk" : "gemeente"));
        }
    }

    /**
     * "Waarom niet hier": signed in with the steward token, a suggestion of the demo lesson is declined on Mijn wijk
     * with the structured form (the buurt differs on one of the default basis' dimensions, with words); the stored
     * reason is that kind, dimension and text.
     */
    @Test
    void mijnWijkDeclinesASuggestionBecauseTheBuurtDiffersOnADimension() {
        String id = (String) declinable.get("id");
        String buurt = (String) declinable.get("targetBuurtCode");
        Page page = open("/mijn-wijk");
        page.fill("#token", suite.stack().tokens().token("demo-steward", "steward"));
        page.click("#signin button[type=submit]");
        page.waitForFunction("() => document.getElementById('signin-state').textContent.startsWith('Aangemeld')");
        pickArea(page, buurt, buurt);
        String form = "form.decision[data-verification='" + id + "']";
        page.waitForSelector(form);
        assertTrue(page.isHidden(form + " select[name=dimension]"), "the dimension is asked only when it differs");
        page.selectOption(form + " select[name=kind]", "DIMENSION_DIFFERS");
        page.waitForFunction("f => [...document.querySelectorAll(f + ' select[name=dimension] option')]"
                + ".some(o => o.value)", form);
        assertTrue(page.isVisible(form + " select[name=dimension]"));
        assertTrue(page.isHidden(form + " input[name=barrierId]"), "the barrier is asked only for a barrier");
        String dimension = page.inputValue(form + " select[name=dimension]");
        page.fill(form + " textarea[name=text]", "Hier wonen vooral gezinnen in grondgebonden woningen");
        accessibilityBasics(page);
        screenshot(page, "mijn-wijk-decline");
        page.click(form + " button[type=submit]");
        page.waitForFunction("code => document.getElementById('status').textContent.includes(code)", buurt);
        assertTrue(page.textContent("#status").contains("vastgelegd"), page.textContent("#status"));

        given().baseUri(suite.verification().url()).when().get("/api/v1/verifications/" + id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("DECLINED"))
                .body("declineReasonDetail.kind", org.hamcrest.Matchers.equalTo("DIMENSION_DIFFERS"))
                .body("declineReasonDetail.dimension", org.hamcrest.Matchers.equalTo(dimension))
                .body("declineReasonDetail.text",
                        org.hamcrest.Matchers.equalTo("Hier wonen vooral gezinnen in grondgebonden woningen"));
    }

    /** The advice for an area lists the demo lesson once its confirmation has reached verification's read side. */
    private static void awaitAdviceListingTheDemoLesson(String area) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() ->
                given().baseUri(suite.verification().url()).queryParam("area", area).when().get("/api/v1/advice")
                        .then().statusCode(200).extract().jsonPath().getList("items.lessons.lessonId.flatten()")
                        .contains(lessonId));
    }

    /** Searches the area picker for the query and picks the area with this code among the matches. */
    private static void pickArea(Page page, String query, String code) {
        page.fill("#area-q", query);
        page.click("#area-form button[type=submit]");
        page.click("#area-results button[data-code='" + code + "']");
    }

    /** Clicks a chart's CSV download and returns the downloaded file's lines. */
    private static List<String> downloadedCsv(Page page, String chart) {
        com.microsoft.playwright.Download download = page.waitForDownload(
                () -> page.click("button[data-csv='" + chart + "']"));
        try {
            return Files.readAllLines(download.path());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void belemmeringenShowsTheRegister() {
        Page page = open("/belemmeringen");
        page.waitForFunction("() => document.getElementById('by-status').dataset.points !== undefined");
        page.waitForSelector("#barriers tbody tr td");
        accessibilityBasics(page);
        screenshot(page, "belemmeringen");
    }

    @Test
    void theKeyboardReachesEveryPage() {
        Page page = open("/leren");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            page.keyboard().press("Tab");
            Object href = page.evaluate("() => document.activeElement && document.activeElement.getAttribute('href')");
            if (href != null) {
                reached.add(href.toString());
            }
        }
        assertTrue(reached.containsAll(List.of("/leren", "/bewijs", "/typologie", "/mijn-wijk", "/belemmeringen")),
                "Tab reaches every page's link: " + reached);
        page.focus("a[href='/belemmeringen']");
        page.keyboard().press("Enter");
        page.waitForURL("**/belemmeringen");
    }
}
