package nl.schaalsprong.verification.rest;

import jakarta.enterprise.context.ApplicationScoped;
import nl.schaalsprong.platform.paging.Page;
import nl.schaalsprong.verification.domain.LessonContent;
import nl.schaalsprong.verification.domain.Verification;
import nl.schaalsprong.verification.mapping.VerificationView;
import nl.schaalsprong.verification.service.VerificationService;

import java.util.List;
import java.util.Map;

/** Verifications as answered, with their lesson's title and recommendation: one lookup per answer, not per item. */
@ApplicationScoped
public class VerificationViews {

    private final VerificationService verifications;

    public VerificationViews(VerificationService verifications) {
        this.verifications = verifications;
    }

    public VerificationView of(Verification verification) {
        return VerificationView.of(verification,
                verifications.lessonContents(List.of(verification.lessonId)).get(verification.lessonId));
    }

    public Page<VerificationView> of(Page<Verification> page) {
        Map<java.util.UUID, LessonContent> contents = verifications.lessonContents(
                page.items().stream().map(v -> v.lessonId).distinct().toList());
        return page.map(v -> VerificationView.of(v, contents.get(v.lessonId)));
    }
}
