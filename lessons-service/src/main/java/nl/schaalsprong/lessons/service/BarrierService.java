package nl.schaalsprong.lessons.service;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.schaalsprong.lessons.domain.Barrier;
import nl.schaalsprong.lessons.domain.BarrierNotFoundException;
import nl.schaalsprong.lessons.domain.BarrierStatus;
import nl.schaalsprong.lessons.domain.ExemptionBarrierPolicy;
import nl.schaalsprong.lessons.domain.GovernmentLevel;
import nl.schaalsprong.lessons.domain.Lesson;
import nl.schaalsprong.platform.paging.Page;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.YearMonth;
import java.time.ZoneOffset;
import nl.schaalsprong.lessons.domain.BarrierTally;
import java.util.UUID;

/** The register of institutional barriers, for the policy track. */
@ApplicationScoped
public class BarrierService {

    private final Clock clock;

    public BarrierService(Clock clock) {
        this.clock = clock;
    }

    /** Called when a lesson on the INSTITUTIONALISERING route is published (the quality gate ensured its section). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Barrier signal(Lesson lesson, String who, OffsetDateTime now) {
        Barrier barrier = Barrier.signalledBy(lesson, lesson.content.barrier(), who, now);
        barrier.persist();
        return barrier;
    }

    /**
     * Called when a lesson is published: a lesson leaning on an exemption is linked to the register's barrier for
     * the rule it was exempted from, or opens one ({@link ExemptionBarrierPolicy}). Nothing for other lessons, and
     * nothing the second time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void leanOnExemption(Lesson lesson, String who, OffsetDateTime now) {
        ExemptionBarrierPolicy.keyOf(lesson.content).ifPresent(key -> {
            List<Barrier> sameRule = Barrier.list("level = ?1 and lower(ruleNamed) = ?2", key.level(), key.matchText());
            ExemptionBarrierPolicy.apply(lesson, sameRule, who, now)
                    .filter(ExemptionBarrierPolicy.Leaning::opened)
                    .ifPresent(leaning -> leaning.barrier().persist());
        });
    }

    /** The barriers a lesson leans on, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Barrier> leanedOnBy(UUID lessonId) {
        return Barrier.list("from Barrier b where ?1 member of b.lessonIds order by b.signalledAt, b.id",
                lessonId);
    }

    /** The barriers the filters select, counted per status, level or month signalled (UTC). */
    @Transactional
    public BarrierTally tally(BarrierTally.By by, BarrierStatus status, GovernmentLevel level, String proeftuinId) {
        Filter filter = filter(status, level, proeftuinId);
        List<Barrier> found = filter.where().isEmpty() ? Barrier.<Barrier>listAll()
                : Barrier.<Barrier>list(String.join(" and ", filter.where()), filter.parameters());
        return BarrierTally.of(by, found.stream().map(b -> new BarrierTally.Signalled(b.status, b.level,
                YearMonth.from(b.signalledAt.atZoneSameInstant(ZoneOffset.UTC)))).toList());
    }

    private record Filter(List<String> where, Parameters parameters) {
    }

    private static Filter filter(BarrierStatus status, GovernmentLevel level, String proeftuinId) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        if (level != null) {
            where.add("level = :level");
            parameters.and("level", level);
        }
        if (proeftuinId != null) {
            where.add("proeftuinId = :proeftuinId");
            parameters.and("proeftuinId", proeftuinId);
        }
        return new Filter(where, parameters);
    }

    /** Newest first, ties by id; every filter is optional. */
    @Transactional
    public Page<Barrier> list(BarrierStatus status, GovernmentLevel level, String proeftuinId, int page, int size) {
        Filter filter = filter(status, level, proeftuinId);
        Sort order = Sort.descending("signalledAt").and("id");
        var query = filter.where().isEmpty() ? Barrier.<Barrier>findAll(order)
                : Barrier.<Barrier>find(String.join(" and ", filter.where()), order, filter.parameters());
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }

    @Transactional
    public Barrier find(UUID id) {
        return Barrier.<Barrier>findByIdOptional(id).orElseThrow(() -> new BarrierNotFoundException(id));
    }

    @Transactional
    public Barrier move(UUID id, BarrierStatus to, String who) {
        Barrier barrier = find(id);
        barrier.moveTo(to, who, OffsetDateTime.now(clock));
        return barrier;
    }
}
