package nl.schaalsprong.verification.domain.evidence;

import nl.schaalsprong.verification.domain.ExperimentCondition;
import nl.schaalsprong.verification.domain.Outcome;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Seeded random tags for property tests: a few lessons, each with an origin and verifications, drawn from small pools
 * of buurten, gemeenten and types, so the cases the rules turn on come up often: one buurt verified by several
 * lessons with different outcomes, a verification in another lesson's origin, a buurt of two type labels, nominated
 * and suggested confirmations of one buurt, unknown proeftuin status and unstated conditions, and every level from
 * ORIGIN_ONLY to ESTABLISHED.
 */
final class RandomHistories {

    private static final String[] TYPES = {null, "Stedelijk", "Naoorlogs", "Dorps"};

    private final Random random;

    RandomHistories(long seed) {
        this.random = new Random(seed);
    }

    /** One lesson of a tag with its verifications. */
    record Lesson(LessonFacts facts, List<VerificationFact> verifications) {
    }

    /** The lessons of one tag. */
    List<Lesson> tag() {
        int lessons = 1 + random.nextInt(4);
        int gemeenten = 2 + random.nextInt(7);
        int buurtenPerGemeente = 1 + random.nextInt(4);
        // How a tag tends to go: from mostly failing to mostly confirming, so every level comes up.
        double confirming = random.nextDouble();
        List<Lesson> tag = new ArrayList<>();
        for (int l = 0; l < lessons; l++) {
            Set<String> origin = new TreeSet<>();
            for (int o = random.nextInt(3); o >= 0; o--) {
                origin.add(buurt(gemeenten, buurtenPerGemeente));
            }
            LessonFacts facts = new LessonFacts(new UUID(random.nextLong(), random.nextLong()), origin,
                    random.nextInt(3) == 0 ? conditions() : Set.of());
            List<VerificationFact> verifications = new ArrayList<>();
            for (int v = random.nextInt(16); v > 0; v--) {
                verifications.add(verification(buurt(gemeenten, buurtenPerGemeente), confirming));
            }
            tag.add(new Lesson(facts, verifications));
        }
        return tag;
    }

    /** Every lesson's origin, as a tag pools them. */
    static LessonFacts pooledOrigin(List<Lesson> tag) {
        return LessonFacts.pooled(UUID.nameUUIDFromBytes("tag".getBytes()), tag.stream().map(Lesson::facts).toList());
    }

    /** Every lesson's verifications, one list. */
    static List<VerificationFact> pooledVerifications(List<Lesson> tag) {
        return tag.stream().flatMap(l -> l.verifications().stream()).toList();
    }

    private VerificationFact verification(String buurt, double confirming) {
        VerificationStage stage = VerificationStage.values()[random.nextInt(VerificationStage.values().length)];
        if (random.nextBoolean()) {
            stage = VerificationStage.CONCLUDED;
        }
        Outcome outcome = null;
        Set<ExperimentCondition> conditions = null;
        if (stage == VerificationStage.CONCLUDED) {
            double draw = random.nextDouble();
            outcome = draw < confirming ? Outcome.CONFIRMED
                    : draw < confirming + (1 - confirming) * 0.7 ? Outcome.NOT_CONFIRMED : Outcome.INCONCLUSIVE;
            conditions = random.nextInt(5) == 0 ? null : random.nextBoolean() ? Set.of() : conditions();
        }
        Boolean proeftuin = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> true;
            default -> false;
        };
        // Mostly the buurt's own type; now and then another label for the same buurt (a later typology version).
        String type = TYPES[Math.floorMod(buurt.hashCode() + (random.nextInt(6) == 0 ? 1 : 0), TYPES.length)];
        return new VerificationFact(new UUID(random.nextLong(), random.nextLong()), buurt, "GM" + buurt.substring(2, 6),
                type, proeftuin, stage, outcome, conditions, random.nextInt(5) == 0);
    }

    private Set<ExperimentCondition> conditions() {
        Set<ExperimentCondition> conditions = EnumSet.noneOf(ExperimentCondition.class);
        for (ExperimentCondition condition : ExperimentCondition.values()) {
            if (random.nextInt(3) == 0) {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private String buurt(int gemeenten, int buurtenPerGemeente) {
        return String.format("BU%04d%04d", 10 + random.nextInt(gemeenten), random.nextInt(buurtenPerGemeente));
    }
}
