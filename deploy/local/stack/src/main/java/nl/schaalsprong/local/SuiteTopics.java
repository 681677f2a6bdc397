package nl.schaalsprong.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The suite's topics, created when the stack starts rather than on a producer's first send. A topic the broker
 * creates on first use made the first batch of an idempotent producer fail with "out of order sequence number" and
 * be retried for up to two minutes (the scale run of session 12); created beforehand, the first event goes at once.
 * The names are every channel the services' AsyncAPI files declare and every dead-letter topic their consumers
 * configure ({@code SuiteTopicsTest} holds the list to them).
 */
final class SuiteTopics {

    static final List<String> NAMES = List.of(
            "schaalsprong.lessons", "schaalsprong.verifications", "schaalsprong.verification-suggestions",
            "schaalsprong.evidence", "schaalsprong.learning", "schaalsprong.typology",
            "schaalsprong.lessons.dlq", "schaalsprong.verifications.dlq", "schaalsprong.evidence.dlq",
            "schaalsprong.typology.dlq",
            "schaalsprong.learning.dlq");
    /** As the broker's {@code num.partitions} for topics it creates itself (tests' own topics). */
    static final int PARTITIONS = 3;

    private SuiteTopics() {
    }

    /** Creates those missing; a kept log's topics stay as they are. */
    static void create(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String name : NAMES) {
                try {
                    admin.createTopics(List.of(new NewTopic(name, PARTITIONS, (short) 1))).all()
                            .get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic " + name + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating the suite's topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not create the suite's topics within 30 s", e);
        }
    }
}
