package nl.schaalsprong.lessons.mapping;

import nl.schaalsprong.lessons.domain.Barrier;
import nl.schaalsprong.lessons.domain.BarrierStatus;
import nl.schaalsprong.lessons.domain.GovernmentLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Barrier", description = "An institutional barrier on the policy track", example = """
        {"id":"7c9e6679-7425-40de-944b-e07fc1f90ae7","lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10",
         "proeftuinId":"groningen-paddepoel-en-selwerd",
         "description":"Een warmtenet mag niet verplicht worden voor bestaande woningen","level":"RIJK",
         "rule":"Warmtewet art. 2","status":"GEAGENDEERD","signalledAt":"2026-11-28T10:15:30Z",
         "statusChangedAt":"2026-11-29T09:00:00Z","statusChangedBy":"steward-1","version":1}""")
public record BarrierView(UUID id, UUID lessonId, String proeftuinId, String description, GovernmentLevel level,
                          String rule, BarrierStatus status, OffsetDateTime signalledAt, OffsetDateTime statusChangedAt,
                          String statusChangedBy, long version) {

    public static BarrierView of(Barrier b) {
        return new BarrierView(b.id, b.lessonId, b.proeftuinId, b.description, b.level, b.rule, b.status,
                b.signalledAt, b.statusChangedAt, b.statusChangedBy, b.version);
    }
}
