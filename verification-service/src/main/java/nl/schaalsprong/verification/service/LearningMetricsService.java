package nl.schaalsprong.verification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.verification.mapping.LearningBreakdownView;
import nl.schaalsprong.verification.mapping.LearningDimension;
import nl.schaalsprong.verification.mapping.LearningMetricsView;
import nl.schaalsprong.verification.mapping.LearningMetricsView.Figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The learning metrics for KLP dashboards: SQL aggregates per month, per group, and over all of the scope. */
@ApplicationScoped
public class LearningMetricsService {

    /** The key of the overall figures among the months. */
    private static final String OVERALL = "";
    /** The column {@link EvidenceSources#learningFigures} marks its total row in. */
    private static final int TOTAL_COLUMN = 11;

    private final EvidenceSources sources;

    public LearningMetricsService(EvidenceSources sources) {
        this.sources = sources;
    }

    @Transactional
    public LearningMetricsView metrics() {
        return metrics(LearningScope.EVERYTHING);
    }

    /**
     * Per month and overall, for the scope. A closed period lists every month in it, months without activity as
     * zeros; an open one the months in which anything happened.
     */
    @Transactional
    public LearningMetricsView metrics(LearningScope scope) {
        Map<String, Long> tagged = new HashMap<>();
        for (Object[] row : sources.lessonsFirstTagged(scope)) {
            tagged.put(row[0] == null ? OVERALL : (String) row[0], count(row[1]));
        }
        Map<String, Object[]> verifications = new HashMap<>();
        for (Object[] row : sources.learningFigures(scope, null)) {
            verifications.put(isTotal(row) ? OVERALL : (String) row[0], row);
        }
        TreeSet<String> months = new TreeSet<>(tagged.keySet());
        months.addAll(verifications.keySet());
        months.addAll(scope.months());
        months.remove(OVERALL);
        List<Figures> perMonth = new ArrayList<>();
        for (String month : months) {
            perMonth.add(figures(month, tagged.getOrDefault(month, 0L), verifications.get(month)));
        }
        return new LearningMetricsView(figures(null, tagged.getOrDefault(OVERALL, 0L), verifications.get(OVERALL)),
                perMonth);
    }

    /** The verification figures of the scope per group of the dimension, largest first, and their total. */
    @Transactional
    public LearningBreakdownView breakdown(LearningScope scope, LearningDimension by) {
        List<LearningBreakdownView.Group> groups = new ArrayList<>();
        for (Object[] row : sources.learningFigures(scope, by)) {
            if (!isTotal(row)) {
                groups.add(LearningBreakdownView.Group.of((String) row[0], figures(null, 0, row)));
            }
        }
        groups.sort((a, b) -> Long.compare(b.suggested(), a.suggested()));
        // The total of the ungrouped scope: a verification in two groups (two routes, two themes) counts once.
        Object[] total = sources.learningFigures(scope, null).stream().filter(LearningMetricsService::isTotal)
                .findFirst().orElse(null);
        return new LearningBreakdownView(by, scope.from() == null ? null : scope.from().toString(),
                scope.to() == null ? null : scope.to().toString(),
                LearningBreakdownView.Group.of(null, figures(null, 0, total)), groups);
    }

    private static boolean isTotal(Object[] row) {
        return count(row[TOTAL_COLUMN]) == 1;
    }

    private static Figures figures(String month, long lessonsTagged, Object[] row) {
        if (row == null) {
            return new Figures(month, lessonsTagged, 0, 0, 0, 0, 0, 0, 0, null, null, null, 0, 0);
        }
        long concluded = count(row[4]);
        long confirmed = count(row[5]);
        long notConfirmed = count(row[6]);
        long inconclusive = count(row[7]);
        long decisive = confirmed + notConfirmed;
        return new Figures(month, lessonsTagged, count(row[1]), count(row[2]), count(row[3]), concluded, confirmed,
                notConfirmed, inconclusive, row[8] == null ? null : ((Number) row[8]).doubleValue(),
                decisive == 0 ? null : (double) confirmed / decisive,
                concluded == 0 ? null : (double) inconclusive / concluded,
                count(row[9]), count(row[10]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
