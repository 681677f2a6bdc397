package nl.schaalsprong.verification.mapping;

import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.domain.VerificationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Verification", description = "Verifying one lesson in one comparable buurt", example = """
        {"id":"5d0c1f7a-3b2e-4a8f-9c61-0e4b7d2a9f13","lessonId":"0b6f2f4e-8d1c-4c55-9a53-2f0c1d7e9a10",
         "targetBuurtCode":"BU03630105","targetGemeenteCode":"GM0363","targetBuurtName":"Kinkerbuurt",
         "similarity":0.93,"status":"SUGGESTED","suggestedAt":"2026-11-28T10:15:31Z",
         "sourceEventId":"2f9d5c1e-7a4b-4e8c-b1d2-6c3a9e0f4b57","version":0}""")
public record VerificationView(
        @Schema(description = "The verification's id") UUID id,
        @Schema(description = "The lesson being verified") UUID lessonId,
        @Schema(description = "CBS code of the buurt to verify the lesson in", example = "BU03630105")
        String targetBuurtCode,
        @Schema(description = "CBS code of the target's gemeente, derived from the buurt code", example = "GM0363")
        String targetGemeenteCode,
        @Schema(description = "Name of the target buurt, when typology-service gave one", nullable = true)
        String targetBuurtName,
        @Schema(description = "How comparable the target is to the lesson's origin, 0..1", example = "0.93")
        double similarity,
        @Schema(description = "Where the verification stands") VerificationStatus status,
        OffsetDateTime suggestedAt,
        @Schema(description = "Id of the CloudEvent that led to this suggestion") String sourceEventId,
        @Schema(description = "Optimistic-locking version") long version) {

    public static VerificationView of(Verification v) {
        return new VerificationView(v.id, v.lessonId, v.targetBuurtCode, v.targetGemeenteCode, v.targetBuurtName,
                v.similarity, v.status, v.suggestedAt, v.sourceEventId, v.version);
    }
}
