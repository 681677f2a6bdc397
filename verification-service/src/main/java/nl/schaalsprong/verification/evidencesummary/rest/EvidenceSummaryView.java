package nl.schaalsprong.verification.evidencesummary.rest;

import nl.schaalsprong.verification.domain.evidence.EvidenceLevel;
import nl.schaalsprong.verification.evidencesummary.domain.EvidenceTally;
import nl.schaalsprong.verification.evidencesummary.domain.LevelCounts;
import nl.schaalsprong.verification.evidencesummary.domain.SummaryDimension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "EvidenceSummary", description = "Lessons by evidence level per scaling route, claimed layer or"
        + " supported layer: every key of the dimension in a fixed order (zeros included), then the lessons without"
        + " any key, and the total")
public record EvidenceSummaryView(
        @Schema(description = "What the groups are") SummaryDimension by,
        @Schema(description = "Over all lessons: each lesson once, even one counted in two groups") Group total,
        @Schema(description = "One entry per key of the dimension; a last entry with key null holds the lessons"
                + " without any (no route given, no layer claimed or supported), only when there are such lessons")
        List<Group> groups) {

    @Schema(name = "EvidenceSummaryGroup", description = "The lessons of one group by evidence level", example = """
            {"key":"REPLICATIE","lessons":12,"originOnly":7,"indicative":3,"replicated":1,"established":0,
             "contested":1}""")
    public record Group(
            @Schema(description = "The route or layer; null for the total and for the lessons without one",
                    nullable = true, example = "REPLICATIE") String key,
            @Schema(description = "Lessons in the group", example = "12") long lessons,
            @Schema(description = "Lessons at ORIGIN_ONLY", example = "7") long originOnly,
            @Schema(description = "Lessons at INDICATIVE", example = "3") long indicative,
            @Schema(description = "Lessons at REPLICATED", example = "1") long replicated,
            @Schema(description = "Lessons at ESTABLISHED", example = "0") long established,
            @Schema(description = "Lessons at CONTESTED", example = "1") long contested) {

        static Group of(String key, LevelCounts counts) {
            return new Group(key, counts.lessons(), counts.of(EvidenceLevel.ORIGIN_ONLY),
                    counts.of(EvidenceLevel.INDICATIVE), counts.of(EvidenceLevel.REPLICATED),
                    counts.of(EvidenceLevel.ESTABLISHED), counts.of(EvidenceLevel.CONTESTED));
        }
    }

    static EvidenceSummaryView of(EvidenceTally tally) {
        return new EvidenceSummaryView(tally.by(), Group.of(null, tally.total()),
                tally.groups().stream().map(g -> Group.of(g.key(), g.counts())).toList());
    }
}
