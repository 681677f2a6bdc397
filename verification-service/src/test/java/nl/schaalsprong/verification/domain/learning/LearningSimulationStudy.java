package nl.schaalsprong.verification.domain.learning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Issue 11's simulation study, run on demand (it takes minutes, so it is not part of the build):
 * <pre>
 * ./mvnw -B -pl verification-service -am verify -DskipITs -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dtest=LearningSimulationStudy -Dsimulation.study=true [-Dsimulation.runs=200]
 * </pre>
 * Prints its tables and writes them to {@code verification-service/target/evidence-simulation.md}; the results
 * are in docs/evidence-simulation.md.
 */
@EnabledIfSystemProperty(named = "simulation.study", matches = "true")
class LearningSimulationStudy {

    @Test
    void falsePublicationAndRecovery() throws IOException {
        int runs = Integer.getInteger("simulation.runs", 200);
        LearningSettings settings = LearningSettings.DEFAULT;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Runs per row: %d; seed 20261128; settings %s%n%n", runs, settings));
        out.append("| no real effect | outcomes | published (false) | in-sample Brier beats base rate |"
                + " a weight >= 2 |\n|---|---|---|---|---|\n");
        for (int lessons : new int[]{3, 6, 10}) {
            LearningSimulation.Rates rates = LearningSimulation.study(runs, lessons, 10, 0.0, 0.0, 20261128L + lessons,
                    settings);
            out.append(String.format(Locale.ROOT, "| %d lessons x 10 | %d | %s | %s | %s |%n", lessons, lessons * 10,
                    percent(rates.published(), runs), percent(rates.inSampleBeatsBaseRate(), runs),
                    percent(rates.largestWeightAtLeastTwo(), runs)));
        }
        out.append("\n| planted effect (log-odds 4 over the range) | outcomes | exploration | published |"
                + " recovered (published, planted first, interval above 0) |\n|---|---|---|---|---|\n");
        for (int lessons : new int[]{5, 10, 20}) {
            for (double exploration : new double[]{0.0, 0.1, 0.3}) {
                LearningSimulation.Rates rates = LearningSimulation.study(runs, lessons, 10, 4.0, exploration,
                        7L * lessons, settings);
                out.append(String.format(Locale.ROOT, "| %d lessons x 10 | %d | %.0f%% | %s | %s |%n", lessons,
                        lessons * 10, exploration * 100, percent(rates.published(), runs),
                        percent(rates.recovered(), runs)));
            }
        }
        System.out.println(out);
        Files.writeString(Path.of("target", "evidence-simulation.md"), out.toString());
    }

    private static String percent(int count, int runs) {
        return String.format(Locale.ROOT, "%.1f%% (%d)", 100.0 * count / runs, count);
    }
}
