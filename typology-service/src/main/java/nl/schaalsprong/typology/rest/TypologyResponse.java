package nl.schaalsprong.typology.rest;

import nl.schaalsprong.typology.domain.typology.SilhouetteReading;
import nl.schaalsprong.typology.domain.typology.Typology;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Typology", description = "A typology run and, once finished, its outcome")
public record TypologyResponse(
        @Schema(description = "Typology id", example = "5f0c6a3e-2b7d-4a8e-9c1f-0d2e3f4a5b6c") UUID id,
        @Schema(description = "Version number, rising with every run", example = "3") int version,
        @Schema(description = "Comparability basis clustered on", example = "default") String basis,
        @Schema(description = "RUNNING, DRAFT (finished, not in use), PUBLISHED (immutable; the newest is current) "
                + "or FAILED", example = "DRAFT") String status,
        @Schema(description = "Percentage done", example = "100") int progress,
        @Schema(description = "k as asked for; absent when the service was to propose k", example = "12", nullable = true) Integer requestedK,
        @Schema(description = "Number of types, once finished", example = "12", nullable = true) Integer k,
        @Schema(description = "Seed of the run", example = "42") long seed,
        @Schema(description = "Mean silhouette (-1..1) estimated on a seeded sample, once finished", example = "0.31", nullable = true)
        Double silhouette,
        @Schema(description = "How distinct the types are, in words, once finished: the silhouette's band after "
                + "Kaufman & Rousseeuw (1990): STRONG above 0.70, REASONABLE above 0.50, WEAK above 0.25, NONE at or "
                + "below 0.25", nullable = true) SilhouetteNote silhouetteReading,
        @Schema(description = "Buurten typed, once finished", example = "13700", nullable = true) Integer buurten,
        @Schema(description = "Why the run failed", nullable = true) String failure,
        @Schema(description = "When the run started") OffsetDateTime createdAt,
        @Schema(description = "When the run finished", nullable = true) OffsetDateTime finishedAt,
        @Schema(description = "When it was published", nullable = true) OffsetDateTime publishedAt) {

    @Schema(name = "SilhouetteReading", description = "What the silhouette says about how distinct the types are")
    public record SilhouetteNote(
            @Schema(description = "Kaufman & Rousseeuw's band", enumeration = {"STRONG", "REASONABLE", "WEAK", "NONE"},
                    example = "NONE") String band,
            @Schema(description = "The band's lower bound (exclusive); -1 for NONE", example = "-1.0") double above,
            @Schema(description = "What it means for a reader of the types (Dutch, as the pen portraits)",
                    example = "Geen duidelijke structuur: buurten lopen geleidelijk in elkaar over ...") String note) {

        static SilhouetteNote from(Double silhouette) {
            if (silhouette == null) {
                return null;
            }
            SilhouetteReading reading = SilhouetteReading.of(silhouette);
            return new SilhouetteNote(reading.band().name(), reading.band().above(), reading.note());
        }
    }

    static TypologyResponse from(Typology t) {
        return new TypologyResponse(t.id(), t.version(), t.basis(), t.status().name(), t.progress(), t.requestedK(),
                t.k(), t.seed(), t.silhouette(), SilhouetteNote.from(t.silhouette()), t.buurten(), t.failure(), t.createdAt(), t.finishedAt(),
                t.publishedAt());
    }
}
