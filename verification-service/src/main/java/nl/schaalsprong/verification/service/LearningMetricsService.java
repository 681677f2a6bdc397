package nl.schaalsprong.verification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import nl.schaalsprong.verification.mapping.LearningMetricsView;
import nl.schaalsprong.verification.mapping.LearningMetricsView.Figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The learning metrics for KLP dashboards: SQL aggregates per month, and over all months. */
@ApplicationScoped
public class LearningMetricsService {

    /** The key of the overall figures among the months. */
    private static final String OVERALL = "";

    private final EvidenceSources sources;
    private final EntityManager entityManager;

    public LearningMetricsService(EvidenceSources sources, EntityManager entityManager) {
        this.sources = sources;
        this.entityManager = entityManager;
    }

    @Transactional
    public LearningMetricsView metrics() {
        Map<String, Long> tagged = lessonsTagged();
        Map<String, Object[]> verifications = new HashMap<>();
        for (Object[] row : sources.monthlyFigures()) {
            verifications.put(row[0] == null ? OVERALL : (String) row[0], row);
        }
        TreeSet<String> months = new TreeSet<>(tagged.keySet());
        months.addAll(verifications.keySet());
        months.remove(OVERALL);
        List<Figures> perMonth = new ArrayList<>();
        for (String month : months) {
            perMonth.add(figures(month, tagged.getOrDefault(month, 0L), verifications.get(month)));
        }
        return new LearningMetricsView(figures(null, tagged.getOrDefault(OVERALL, 0L), verifications.get(OVERALL)),
                perMonth);
    }

    /** Lessons by the month of their first tagging, and overall. */
    private Map<String, Long> lessonsTagged() {
        List<?> rows = entityManager.createNativeQuery("""
                select month, count(*)
                  from (select to_char(min(first_tagged_at) at time zone 'UTC', 'YYYY-MM') as month
                          from lesson_tag group by lesson_id) first_taggings
                 group by grouping sets ((month), ())""").getResultList();
        Map<String, Long> tagged = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            tagged.put(columns[0] == null ? OVERALL : (String) columns[0], ((Number) columns[1]).longValue());
        }
        return tagged;
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
