package nl.schaalsprong.local.run;

import java.time.Duration;
import java.util.List;

/** What the run command prints once the suite is up: where to look and what to try first. */
final class Banner {

    private Banner() {
    }

    static String text(LocalSuite suite, Duration startup) {
        // The demo contributor writes for the demo lesson's proeftuin only (its pilots claim).
        String contributor = suite.stack().tokens().token("demo-contributor", java.util.Set.of("contributor"),
                java.util.List.of(DemoLesson.PROEFTUIN), java.util.List.of());
        String lessons = suite.url(SuiteService.LESSONS);
        SuiteSettings settings = suite.settings();
        StringBuilder out = new StringBuilder();
        out.append("\nSchaalsprong is up after ").append(startup.toSeconds()).append(" s. ");
        if (settings.starts(SuiteService.TYPOLOGY)) {
            out.append("CBS buurten imported in ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", suite.cbsImport().toMillis() / 1000.0))
                    .append(" s (Bron: CBS).\n\n");
        } else {
            out.append("The CBS buurten (Bron: CBS) go into typology-service once it answers.\n\n");
        }
        for (SuiteService service : List.of(SuiteService.VERIFICATION, SuiteService.LESSONS, SuiteService.TYPOLOGY)) {
            String url = suite.url(service);
            out.append(String.format("  %-21s %s/api/v1   Swagger UI %s/q/swagger-ui   %s%n", service.module(), url, url,
                    settings.starts(service) ? "pid " + suite.process(service).pid() : "LEFT OUT: run it in dev mode"));
        }
        out.append(String.format("  %-21s %s   (Leren, Bewijs, Typologie, Mijn wijk, Belemmeringen)   %s%n",
                "KLP-dashboard", suite.url(SuiteService.DASHBOARD), settings.starts(SuiteService.DASHBOARD)
                        ? "pid " + suite.dashboard().pid() : "LEFT OUT: run it in dev mode"));
        out.append(String.format("  %-21s %s%n", "Kafka", suite.stack().kafkaBootstrapServers()));
        out.append(String.format("  %-21s localhost:%d (databases lessons, typology, verification)%n", "PostgreSQL",
                suite.stack().postgresPort()));
        if (!settings.except().isEmpty()) {
            out.append("\nLeft out so that you run it live (live reload, Dev UI at /q/dev-ui, continuous testing with 'r'),"
                    + " on the port the rest of the suite calls it at; in another terminal, in ")
                    .append(settings.root()).append(":\n\n");
            for (SuiteService service : settings.except()) {
                out.append("  ").append(suite.devModeCommand(service)).append("\n");
            }
            if (!settings.starts(SuiteService.TYPOLOGY)) {
                out.append("\nThis suite loads typology-service (CBS buurten, energy files, the proeftuinen's buurten,"
                        + " a typology) as soon as it answers ready; until then lessons and verifications that need it"
                        + " wait or fail as when it is down.\n");
            }
        }
        String steward = suite.stack().tokens().token("demo-steward", "steward");
        String json = " -H 'Content-Type: application/json' ";
        out.append("\nTry it: record a lesson in a proeftuin buurt (Groningen, Paddepoel-Zuid), have it reviewed and "
                + "published, tag it, and see the suggested verifications and the lesson's evidence:\n\n");
        out.append("  TOKEN=").append(contributor).append("\n");
        out.append("  STEWARD=").append(steward).append("\n");
        out.append("  ID=$(curl -s -H \"Authorization: Bearer $TOKEN\"").append(json).append(lessons)
                .append("/api/v1/lessons \\\n     -d '").append(DemoLesson.BODY.replace("\n", " "))
                .append("' | sed 's/^{\"id\":\"\\([^\"]*\\)\".*/\\1/')\n");
        out.append("  curl -s -H \"Authorization: Bearer $TOKEN\"").append(json).append(lessons)
                .append("/api/v1/lessons/$ID/transitions -d '{\"to\":\"IN_REVIEW\"}'\n");
        // Publishing names the version the steward reviewed (If-Match): the lesson is at version 1 after review.
        out.append("  curl -s -H \"Authorization: Bearer $STEWARD\" -H 'If-Match: \"1\"'").append(json).append(lessons)
                .append("/api/v1/lessons/$ID/transitions -d '{\"to\":\"PUBLISHED\"}'\n");
        out.append("  curl -s -H \"Authorization: Bearer $TOKEN\"").append(json).append(lessons)
                .append("/api/v1/lessons/$ID/tags -d '{\"tags\":[\"participatie/keukentafelgesprekken\"]}'\n");
        out.append("  sleep 2; curl -s '").append(suite.url(SuiteService.VERIFICATION)).append("/api/v1/verifications?lessonId='$ID\n");
        out.append("  curl -s ").append(lessons).append("/api/v1/lessons/$ID/evidence\n");
        // Issue 13: once a verification is accepted and concluded (POST /api/v1/verifications/{id}/accept, .../conclude,
        // as steward), the advice for a buurt comparable to the origin lists the demo component with its evidence.
        out.append("  curl -s '").append(suite.url(SuiteService.VERIFICATION))
                .append("/api/v1/advice?area=BU00141002&theme=participatie'   # after one verification is concluded\n");
        out.append("\nOpen the KLP dashboard at ").append(suite.url(SuiteService.DASHBOARD))
                .append("; to accept or decline a suggestion on Mijn wijk, sign in there with the STEWARD token above.\n");
        out.append("\nPress Ctrl-C to stop everything.\n");
        return out.toString();
    }
}
