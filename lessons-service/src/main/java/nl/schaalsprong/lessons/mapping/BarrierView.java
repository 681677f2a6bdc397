package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.Barrier;
import nl.schaalsprong.lessons.domain.BarrierStatus;
import nl.schaalsprong.lessons.domain.GovernmentLevel;
import nl.schaalsprong.platform.security.Caller;
import nl.schaalsprong.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Barrier", description = "An institutional barrier on the policy track", example = """
        {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10",
         "proeftuinId":"groningen-paddepoel-en-selwerd",
         "description":"Een warmtenet mag niet verplicht worden voor bestaande woningen","level":"RIJK",
         "rule":"Warmtewet art. 2","status":"GEAGENDEERD","signalledAt":"2026-11-28T10:15:30Z",
         "statusChangedAt":"2026-11-29T09:00:00Z","statusChangedBy":"steward","version":1,
         "source":"exemption of lesson 0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10","ruleNamed":"Warmtewet art. 2",
         "lessonIds":["0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10"]}""")
public record BarrierView(UUID id, UUID lessonId, String proeftuinId, String description, GovernmentLevel level,
                          String rule, BarrierStatus status, OffsetDateTime signalledAt, OffsetDateTime statusChangedAt,
                          @Schema(description = "Who last moved it: the steward's token subject for stewards, the "
                                  + "role 'steward' for everyone else (no personal names in open answers)",
                                  example = "steward")
                          String statusChangedBy, long version,
                          @Schema(description = "Where it came from: the barrier section of a lesson on the"
                                  + " INSTITUTIONALISERING route, or the exemption a lesson leaned on; null when not"
                                  + " recorded", nullable = true,
                                  example = "exemption of lesson 0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10")
                          String source,
                          @Schema(description = "The rule as lessons are matched on it (spaces collapsed; case is"
                                  + " ignored in matching); null when not recorded", nullable = true,
                                  example = "Warmtewet art. 2")
                          String ruleNamed,
                          @Schema(description = "The lessons leaning on it: the one that signalled it and every one"
                                  + " that leaned on an exemption from its rule", example = "[\"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10\"]")
                          List<UUID> lessonIds) {

    /** The barrier as {@code caller} may see it: only stewards see which steward moved it. */
    public static BarrierView of(Barrier b, Caller caller) {
        String changedBy = b.statusChangedBy == null || caller.isSteward() ? b.statusChangedBy : Roles.STEWARD;
        return new BarrierView(b.id, b.lessonId, b.proeftuinId, b.description, b.level, b.rule, b.status,
                b.signalledAt, b.statusChangedAt, changedBy, b.version, b.source, b.ruleNamed,
                List.copyOf(b.lessonIds));
    }
}
