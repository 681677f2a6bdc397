package nl.schaalsprong.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard and the alert rules under deploy/observability name only metrics the services expose: those in
 * metrics.txt, each of which a service's @QuarkusTest finds on its /q/metrics (BusinessMetricsTest, ImportMetricsTest).
 * And the pieces fit: Prometheus scrapes the three services where compose runs them, Grafana's dashboard reads the
 * provisioned data source, and compose starts both only under the observability profile.
 */
class ObservabilityFilesTest {

    private static final Path DIRECTORY = ScrapedMetrics.observability();
    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void theDashboardNamesOnlyExposedMetricsAndReadsTheProvisionedDataSource() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DIRECTORY.resolve("grafana/dashboards/schaalsprong.json").toFile());
        String provisioned = Files.readString(DIRECTORY.resolve("grafana/provisioning/datasources/prometheus.yml"));
        List<String> expressions = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertTrue(provisioned.contains("uid: " + panel.at("/datasource/uid").asText()), panel.get("title").asText());
            panel.get("targets").forEach(target -> expressions.add(target.get("expr").asText()));
        }
        Set<String> named = metricsIn(expressions);
        assertNamedAreExposed(named, "the dashboard");
        for (String promised : List.of("schaalsprong_outbox_pending", "schaalsprong_outbox_oldest_pending_age_seconds",
                "schaalsprong_events_dead_letters_total", "schaalsprong_events_retries_total",
                "schaalsprong_suggestions_parked", "schaalsprong_imports_duration_seconds_count",
                "kafka_consumer_fetch_manager_records_lag_max")) {
            assertTrue(named.contains(promised), "the dashboard shows " + promised);
        }
    }

    @Test
    void theAlertRulesNameOnlyExposedMetricsAndCoverWhatOperatorsMustHear() throws IOException {
        List<String> expressions = new ArrayList<>();
        Matcher expr = Pattern.compile("(?m)^\\s*expr:\\s*(.+)$").matcher(Files.readString(DIRECTORY.resolve("alerts.yml")));
        while (expr.find()) {
            expressions.add(expr.group(1));
        }
        Set<String> named = metricsIn(expressions);
        assertNamedAreExposed(named, "the alert rules");
        assertEquals(Set.of("schaalsprong_outbox_oldest_pending_age_seconds", "schaalsprong_outbox_relay_failures_total",
                "schaalsprong_outbox_parked", "schaalsprong_events_dead_letters_total",
                "schaalsprong_events_retries_total", "schaalsprong_suggestions_parked",
                "kafka_consumer_fetch_manager_records_lag_max"), named);
    }

    @Test
    void prometheusScrapesTheThreeServicesWhereComposeRunsThem() throws IOException {
        String prometheus = Files.readString(DIRECTORY.resolve("prometheus.yml"));
        String compose = Files.readString(DIRECTORY.getParent().getParent().resolve("docker-compose.yml"));
        for (String service : List.of("lessons-service", "typology-service", "verification-service")) {
            Matcher port = Pattern.compile("(?s)\\n  " + service + ":.*?QUARKUS_HTTP_PORT: (\\d+)").matcher(compose);
            assertTrue(port.find(), service + " in compose");
            assertTrue(prometheus.contains("job_name: " + service + "\n    metrics_path: /q/metrics\n"
                    + "    static_configs:\n      - targets: [\"" + service + ":" + port.group(1) + "\"]"), service);
        }
        assertTrue(prometheus.contains("- /etc/prometheus/alerts.yml"));
        for (String mount : List.of("./deploy/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                "./deploy/observability/alerts.yml:/etc/prometheus/alerts.yml:ro",
                "./deploy/observability/grafana/provisioning:/etc/grafana/provisioning:ro",
                "./deploy/observability/grafana/dashboards:/var/lib/grafana/dashboards:ro")) {
            assertTrue(compose.contains(mount), mount);
        }
        assertEquals(3, compose.split("profiles: \\[\"observability\"]", -1).length - 1,
                "Prometheus, Grafana and Jaeger start only with --profile observability");
        assertTrue(compose.contains("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: ${SCHAALSPRONG_OTLP_ENDPOINT:- }"),
                "the services send traces only when asked (to the profile's Jaeger)");
    }

    private static void assertNamedAreExposed(Set<String> named, String where) {
        assertFalse(named.isEmpty(), where + " names metrics");
        Set<String> unknown = new TreeSet<>(named);
        unknown.removeAll(ScrapedMetrics.catalogue("*"));
        assertEquals(Set.of(), unknown, where + " names metrics no service exposes (metrics.txt)");
    }

    /**
     * The metric names in PromQL expressions: identifiers left once label matchers, grouping clauses, ranges and
     * strings are removed, that are neither a function (followed by a parenthesis) nor a keyword.
     */
    static Set<String> metricsIn(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            String bare = expression.replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "")
                    .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "")
                    .replaceAll("\\[[^]]*]", "");
            Matcher identifier = IDENTIFIER.matcher(bare);
            while (identifier.find()) {
                String word = identifier.group();
                boolean function = bare.substring(identifier.end()).stripLeading().startsWith("(");
                if (!function && !PROMQL_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    @Test
    void metricNamesAreFoundInExpressions() {
        assertEquals(Set.of("a_total", "b_sum", "c"), metricsIn(List.of(
                "sum by (job, topic) (increase(a_total{topic=\"x\"}[5m])) / on (job) b_sum > 0 and c")));
    }
}
