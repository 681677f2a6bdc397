package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.BarrierTally;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "BarrierSummary", description = "Barriers counted per status, level of government or month signalled")
public record BarrierSummaryView(
        @Schema(description = "What the groups are") BarrierTally.By by,
        @Schema(description = "Barriers the filters select", example = "14") long total,
        @Schema(description = "Every status or level in order, zeros included; or every month (UTC, YYYY-MM) from the"
                + " first to the last with a barrier, quiet months as zeros") List<Group> groups) {

    @Schema(name = "BarrierSummaryGroup", description = "The barriers of one status, level or month")
    public record Group(
            @Schema(description = "The status, level or month (YYYY-MM)", example = "RIJK") String key,
            @Schema(description = "Barriers in the group", example = "5") long barriers) {
    }

    public static BarrierSummaryView of(BarrierTally tally) {
        return new BarrierSummaryView(tally.by(), tally.total(),
                tally.groups().stream().map(g -> new Group(g.key(), g.barriers())).toList());
    }
}
