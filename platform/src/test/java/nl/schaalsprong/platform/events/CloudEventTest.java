package nl.schaalsprong.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CloudEventTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T10:15:30Z");
    private final CloudEventCodec codec = new CloudEventCodec(new ObjectMapper().registerModule(new JavaTimeModule()));

    private static CloudEvent event(String id, String type, String subject) {
        return new CloudEvent("1.0", id, type, "/schaalsprong/test", NOW, subject, "application/json", null,
                JsonNodeFactory.instance.objectNode().put("lessonId", subject));
    }

    @Test
    void roundTripsThroughStructuredJson() {
        CloudEvent event = event("e1", "nl.schaalsprong.lesson.tagged.v1", "l1");
        String json = codec.write(event);
        assertTrue(json.contains("\"specversion\":\"1.0\""), json);
        assertEquals(event, codec.read(json));
    }

    @Test
    void carriesTheDistributedTracingExtensionOnlyWhenItHasOne() {
        CloudEvent untraced = event("e1", "nl.schaalsprong.lesson.tagged.v1", "l1");
        assertFalse(codec.write(untraced).contains("traceparent"), "no empty extension attributes");
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        CloudEvent traced = new CloudEvent(untraced.specversion(), untraced.id(), untraced.type(), untraced.source(),
                untraced.time(), untraced.subject(), untraced.datacontenttype(), untraced.dataschema(), untraced.data(),
                traceparent, "vendor=value");
        String json = codec.write(traced);
        assertTrue(json.contains("\"traceparent\":\"" + traceparent + "\""), json);
        assertEquals(traced, codec.read(json));
    }

    @Test
    void requiresEveryMandatoryAttribute() {
        assertThrows(InvalidCloudEventException.class, () -> event(" ", "nl.schaalsprong.lesson.tagged.v1", "l1"));
        assertThrows(InvalidCloudEventException.class, () -> event("e1", "nl.schaalsprong.lesson.tagged.v1", null));
        assertThrows(InvalidCloudEventException.class, () -> codec.read("{\"specversion\":\"1.0\",\"id\":\"e1\"}"));
    }

    @Test
    void acceptsOnlyVersionedTypesOfOurs() {
        assertThrows(InvalidCloudEventException.class, () -> event("e1", "nl.schaalsprong.lesson.tagged", "l1"));
        assertThrows(InvalidCloudEventException.class, () -> event("e1", "com.example.thing.v1", "l1"));
    }

    @Test
    void treatsAnythingThatIsNotACloudEventAsPoison() {
        assertThrows(InvalidCloudEventException.class, () -> codec.read("not json"));
        assertThrows(InvalidCloudEventException.class, () -> codec.read(""));
        assertThrows(InvalidCloudEventException.class, () -> codec.read(
                "{\"specversion\":\"0.3\",\"id\":\"e1\",\"type\":\"nl.schaalsprong.a.b.v1\",\"source\":\"/s\","
                        + "\"time\":\"2026-11-28T10:15:30Z\",\"subject\":\"x\",\"data\":{}}"));
    }

    @Test
    void mapsDataIntoTheConsumersOwnType() {
        record Data(String lessonId) {
        }
        assertEquals(new Data("l1"), codec.data(event("e1", "nl.schaalsprong.lesson.tagged.v1", "l1"), Data.class));
    }
}
