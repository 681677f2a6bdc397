package nl.schaalsprong.local;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Dead letters listed and replayed by a steward (issue 15, platform package {@code deadletter}), over the real
 * Kafka, the same for every service: a poison record on a topic the service consumes lands on that topic's
 * {@code .dlq}, in the service's list with its topic, key and reason, and a replay publishes it to the topic again,
 * once however often it is asked. A service's {@code @QuarkusTest} subclass names the topic and a role that is no
 * steward.
 */
public abstract class DeadLettersContract {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** A topic this service consumes with the dead-letter strategy. */
    protected abstract String consumedTopic();

    /** A role of this service's callers that is not steward. */
    protected abstract String notASteward();

    /** Where this service serves its dead letters: {@code /api/v1/dead-letters/<service>}. */
    protected abstract String deadLetters();

    @Test
    void aPoisonRecordIsListedWithItsReasonAndAReplayPublishesItOnce() {
        String topic = consumedTopic();
        String key = UUID.randomUUID().toString();
        String poison = "not a CloudEvent " + UUID.randomUUID();
        send(topic, key, poison);

        Map<String, Object> listed = await().atMost(PATIENCE).until(() -> find(poison), found -> found != null);
        assertEquals(topic, listed.get("topic"));
        assertEquals(key, listed.get("key"));
        assertNotNull(listed.get("reason"), "the consumer's failure");
        String id = (String) listed.get("id");

        replay(id).body("replayedAt", notNullValue()).body("replayedBy", notNullValue());
        await().atMost(PATIENCE).until(() -> copiesOn(topic, poison) == 2);
        String firstReplay = replay(id).extract().path("replayedAt");
        assertEquals(firstReplay, replay(id).extract().path("replayedAt"), "replayed once");
        // The replayed record was poison again: its second dead letter is a new one; the first stays replayed.
        await().atMost(PATIENCE).until(() -> copiesOn(topic + ".dlq", poison) == 2);
        assertEquals(2, copiesOn(topic, poison), "not published again");
    }

    @Test
    void onlyAStewardListsAndReplaysDeadLetters() {
        given().header("Authorization", TestTokens.bearer(notASteward())).when().get(deadLetters())
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(deadLetters()).then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(notASteward())).contentType(ContentType.JSON)
                .when().post(deadLetters() + "/" + UUID.randomUUID() + "/replay")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).when().post(deadLetters() + "/" + UUID.randomUUID() + "/replay")
                .then().statusCode(401);
    }

    @Test
    void anUnknownDeadLetterIsNotFound() {
        given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .when().post(deadLetters() + "/" + UUID.randomUUID() + "/replay")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private ValidatableResponse replay(String id) {
        return given().header("Authorization", TestTokens.bearer("steward")).contentType(ContentType.JSON)
                .when().post(deadLetters() + "/" + id + "/replay").then().statusCode(200)
                .body("id", equalTo(id));
    }

    private Map<String, Object> find(String payload) {
        List<Map<String, Object>> items = given().header("Authorization", TestTokens.bearer("steward"))
                .queryParam("size", 200).when().get(deadLetters()).then().statusCode(200)
                .extract().path("items");
        return items.stream().filter(item -> payload.equals(item.get("payload"))).findFirst().orElse(null);
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** As a producer's outbox relay sends, with the structured-mode CloudEvents content type; acknowledged. */
    private static void send(String topic, String key, String value) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, List.of(new RecordHeader("content-type",
                    "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8)))))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** How many records of the topic, read from the beginning of each partition to its end, carry this value. */
    private static long copiesOn(String topic, String value) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            long copies = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (assigned.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (value.equals(record.value())) {
                        copies++;
                    }
                }
            }
            return copies;
        }
    }
}
