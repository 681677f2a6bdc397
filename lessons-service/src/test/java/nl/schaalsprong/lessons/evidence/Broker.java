package nl.schaalsprong.lessons.evidence;

import nl.schaalsprong.platform.events.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** verification-service as seen on the test broker: CloudEvents sent as its outbox relay sends them. */
final class Broker {

    static final String VERIFICATIONS = "schaalsprong.verifications";
    static final String EVIDENCE = "schaalsprong.evidence";

    private Broker() {
    }

    /** One record with the structured-mode CloudEvents content type, acknowledged before this returns. */
    static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, null, key, value, List.of(new RecordHeader("content-type",
                    CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))))).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** As verification-service emits it since issue 13 item 3 (v2, with its target), in a buurt. */
    static String concluded(String eventId, String verificationId, String lessonId, String outcome, String concludedAt) {
        return concludedIn(eventId, verificationId, lessonId, outcome, concludedAt, "BUURT", "BU03630105");
    }

    /** v2 for a target of any level: a wijk or gemeente target has no buurt code. */
    static String concludedIn(String eventId, String verificationId, String lessonId, String outcome,
                              String concludedAt, String level, String code) {
        return envelope(eventId, "nl.schaalsprong.verification.concluded.v2", verificationId,
                "verification.concluded.v2", """
                {"verificationId":"%s","lessonId":"%s","target":{"level":"%s","code":"%s"},"targetBuurtCode":%s,
                 "targetGemeenteCode":"GM%s",
                 "outcome":"%s","results":[{"indicator":"aandeel bereikt","measuredValue":71,"met":true}],
                 "adaptations":[],"conditionsPresent":[],"concludedAt":"%s"}"""
                        .formatted(verificationId, lessonId, level, code,
                                level.equals("BUURT") ? "\"" + code + "\"" : "null", code.substring(2, 6), outcome,
                                concludedAt));
    }

    /** As verification-service emitted it before v2: a record still on the topic. */
    static String concludedV1(String eventId, String verificationId, String lessonId, String outcome,
                              String concludedAt) {
        return envelope(eventId, "nl.schaalsprong.verification.concluded.v1", verificationId,
                "verification.concluded.v1", """
                {"verificationId":"%s","lessonId":"%s","targetBuurtCode":"BU03630105","targetGemeenteCode":"GM0363",
                 "outcome":"%s","results":[{"indicator":"aandeel bereikt","measuredValue":71,"met":true}],
                 "adaptations":[],"conditionsPresent":[],"concludedAt":"%s"}"""
                        .formatted(verificationId, lessonId, outcome, concludedAt));
    }

    static String evidenceChanged(String eventId, String lessonId, String level, int confirmed, int notConfirmed,
                                  String derivedAt) {
        return envelope(eventId, "nl.schaalsprong.lesson.evidence-changed.v1", lessonId, "lesson.evidence-changed.v1", """
                {"lessonId":"%s","level":"%s","reasons":["Bevestigd in %d andere buurt(en)."],"supportedLayer":"MENU",
                 "confirmedInTypes":["Stedelijke vooroorlogse buurten"],"notConfirmedInTypes":[],
                 "chanceRisk":{"flagged":true,"reasons":["Te weinig plekken om toeval uit te sluiten."]},
                 "counts":{"suggested":5,"accepted":1,"declined":0,"confirmed":%d,"notConfirmed":%d,"inconclusive":0},
                 "derivedAt":"%s","evidenceUrl":"/api/v1/evidence/lessons/%s"}"""
                .formatted(lessonId, level, confirmed, confirmed, notConfirmed, derivedAt, lessonId));
    }

    private static String envelope(String eventId, String type, String subject, String schema, String data) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s","source":"/schaalsprong/verification-service",
                 "time":"%s","subject":"%s","datacontenttype":"application/json",
                 "dataschema":"https://schaalsprong.nl/schemas/%s.json","data":%s}"""
                .formatted(eventId, type, OffsetDateTime.now(), subject, schema, data);
    }
}
