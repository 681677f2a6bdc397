package nl.schaalsprong.lessons.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import nl.schaalsprong.lessons.domain.Layer;
import nl.schaalsprong.lessons.domain.search.LessonDocument;
import nl.schaalsprong.lessons.domain.LessonStatus;
import nl.schaalsprong.lessons.domain.Route;
import nl.schaalsprong.lessons.domain.Theme;
import nl.schaalsprong.lessons.service.LessonSearchIndex;
import nl.schaalsprong.platform.cbs.BuurtCode;
import nl.schaalsprong.platform.cbs.GemeenteCode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Lesson documents for tests, each in a proeftuin of the test's own so its counts are not disturbed by others. */
public final class Documents {

    public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-06-01T09:00:00Z");

    private Documents() {
    }

    /** A published lesson in {@code proeftuin}, published {@code minutesAfterT0} after T0. */
    public static Builder lesson(UUID proeftuin, String title, String text) {
        return new Builder(proeftuin, title, text);
    }

    public static final class Builder {
        private final UUID id = UUID.randomUUID();
        private final UUID proeftuin;
        private final String title;
        private final String text;
        private String recommendation = "";
        private String context = "";
        private String module = "";
        private LessonStatus status = LessonStatus.PUBLISHED;
        private Set<Theme> themes = Set.of();
        private Set<Route> routes = Set.of();
        private Layer layer;
        private Set<String> tags = Set.of();
        private String gemeente = "GM0014";
        private List<String> origins = List.of("BU00140000");
        private int minutes;

        private Builder(UUID proeftuin, String title, String text) {
            this.proeftuin = proeftuin;
            this.title = title;
            this.text = text;
        }

        public Builder recommendation(String value) { recommendation = value; return this; }
        public Builder context(String value) { context = value; return this; }
        public Builder module(String value) { module = value; return this; }
        public Builder status(LessonStatus value) { status = value; return this; }
        public Builder themes(Theme... values) { themes = Set.of(values); return this; }
        public Builder routes(Route... values) { routes = Set.of(values); return this; }
        public Builder layer(Layer value) { layer = value; return this; }
        public Builder tags(String... values) { tags = Set.of(values); return this; }
        public Builder gemeente(String value) { gemeente = value; return this; }
        public Builder origins(String... codes) { origins = List.of(codes); return this; }
        public Builder minutes(int value) { minutes = value; return this; }

        public LessonDocument document() {
            OffsetDateTime at = T0.plusMinutes(minutes);
            return new LessonDocument(id, status, title, text, recommendation, context, module, themes, routes, layer,
                    tags, proeftuin.toString(), "Proeftuin " + proeftuin.toString().substring(0, 8),
                    new GemeenteCode(gemeente), origins.stream().map(BuurtCode::new).toList(), at,
                    status == LessonStatus.DRAFT || status == LessonStatus.IN_REVIEW ? null : at);
        }

        /** Indexes the lesson in a transaction of its own and returns its id. */
        public UUID index() {
            LessonDocument document = document();
            LessonSearchIndex index = CDI.current().select(LessonSearchIndex.class).get();
            QuarkusTransaction.requiringNew().run(() -> index.index(document));
            return id;
        }
    }
}
