package nl.schaalsprong.platform.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes the structured-mode JSON of a CloudEvent with the application's ObjectMapper. */
@ApplicationScoped
public class CloudEventCodec {

    private final ObjectMapper mapper;

    public CloudEventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise CloudEvent " + event.id(), e);
        }
    }

    /** @throws InvalidCloudEventException when the text is not JSON or lacks a required attribute */
    public CloudEvent read(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidCloudEventException("empty record value");
        }
        try {
            return mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidCloudEventException invalid) {
                throw invalid;
            }
            throw new InvalidCloudEventException("record value is not a CloudEvent: " + e.getOriginalMessage(), e);
        }
    }

    /** Turns an event's data into the consumer's own DTO; a mismatch is a poison message. */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return mapper.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidCloudEventException("data of " + event.type() + " " + event.id() + " does not fit "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
