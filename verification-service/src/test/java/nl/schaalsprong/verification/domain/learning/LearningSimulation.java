package nl.schaalsprong.verification.domain.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulated outcomes for learning, as the workflow would produce them (issue 11's study). Each simulated lesson
 * has a pool of candidate buurten with differences uniform in [0, 1] on five dimensions, ranked by similarity (one
 * minus the mean difference, as the equal-weights standard basis ranks them); the suggestion policy takes the
 * {@code targets} most similar, or, with exploration, draws a share of them from further down the ranking; each
 * target's outcome is then drawn. Lessons differ in how well they work (a random intercept per lesson), so one
 * lesson's outcomes are not independent.
 */
final class LearningSimulation {

    static final List<String> DIMENSIONS = List.of("STEDELIJKHEID", "AANDEEL_65_PLUS", "LOG_BEVOLKINGSDICHTHEID",
            "GEMIDDELDE_HUISHOUDENSGROOTTE", "AANDEEL_HUISHOUDENS_MET_KINDEREN");
    static final String PLANTED = "STEDELIJKHEID";

    /** What a study of many runs found. */
    record Rates(int runs, int published, int recovered, int inSampleBeatsBaseRate, int largestWeightAtLeastTwo) {
        double publishedRate() {
            return (double) published / runs;
        }

        double recoveredRate() {
            return (double) recovered / runs;
        }
    }

    private LearningSimulation() {
    }

    /**
     * @param lessons     simulated lessons per run
     * @param targets     verifications per lesson
     * @param effect      drop in log-odds of confirmation from no difference to the largest on {@link #PLANTED}; 0:
     *                    nothing to find
     * @param exploration share of each lesson's targets drawn from further down the ranking (0: none)
     */
    static Rates study(int runs, int lessons, int targets, double effect, double exploration, long seed,
                       LearningSettings settings) {
        int published = 0;
        int recovered = 0;
        int inSample = 0;
        int largeWeight = 0;
        Random random = new Random(seed);
        for (int run = 0; run < runs; run++) {
            List<TransferExample> examples = outcomes(lessons, targets, effect, exploration, random);
            long confirmed = examples.stream().filter(TransferExample::confirmed).count();
            if (confirmed == 0 || confirmed == examples.size()) {
                continue; // as LearningService: nothing to learn from one kind of outcome
            }
            LearnedModel model = ComparabilityLearning.learn(examples, settings);
            if (model.brierModel() < model.brierBaseRate()) {
                inSample++;
            }
            if (model.dimensions().stream().anyMatch(d -> d.weight() >= 2)) {
                largeWeight++;
            }
            if (model.publishable()) {
                published++;
                DimensionImportance top = model.dimensions().get(0);
                if (top.dimension().equals(PLANTED) && top.clearlyMatters()) {
                    recovered++;
                }
            }
        }
        return new Rates(runs, published, recovered, inSample, largeWeight);
    }

    static List<TransferExample> outcomes(int lessons, int targets, double effect, double exploration, Random random) {
        int candidates = targets * 5;
        List<TransferExample> examples = new ArrayList<>();
        for (int lesson = 0; lesson < lessons; lesson++) {
            double intercept = effect / 2 + 0.5 * random.nextGaussian();
            List<TransferExample> pool = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                Map<String, Double> differences = new LinkedHashMap<>();
                double sum = 0;
                for (String dimension : DIMENSIONS) {
                    double difference = random.nextDouble();
                    differences.put(dimension, difference);
                    sum += difference;
                }
                double chance = 1 / (1 + Math.exp(-(intercept - effect * differences.get(PLANTED))));
                pool.add(new TransferExample("lesson-" + lesson, differences, 1 - sum / DIMENSIONS.size(),
                        random.nextDouble() < chance));
            }
            pool.sort(Comparator.comparingDouble(TransferExample::similarity).reversed());
            examples.addAll(chosen(pool, targets, exploration, random));
        }
        return examples;
    }

    /** The most similar, but for an exploratory share drawn at random from the ranks below the first {@code targets}. */
    private static List<TransferExample> chosen(List<TransferExample> ranked, int targets, double exploration,
                                                Random random) {
        int exploratory = (int) Math.floor(targets * exploration + random.nextDouble());
        exploratory = Math.min(exploratory, targets);
        List<TransferExample> chosen = new ArrayList<>(ranked.subList(0, targets - exploratory));
        List<TransferExample> further = new ArrayList<>(ranked.subList(targets, ranked.size()));
        for (int i = 0; i < exploratory && !further.isEmpty(); i++) {
            chosen.add(further.remove(random.nextInt(further.size())));
        }
        return chosen;
    }
}
