package nl.schaalsprong.local;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A real Kafka broker in KRaft mode, in this process: the same broker code as a production one. */
final class Kafka implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;

    private Kafka(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    static Kafka start(int port, int controllerPort) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withNodeId(0)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withKafkaHost("localhost")
                .withDeleteLogDirsOnClose(true)
                .withAdditionalProperties(p -> {
                    p.put("auto.create.topics.enable", "true");
                    p.put("num.partitions", "3");
                    p.put("group.initial.rebalance.delay.ms", "0");
                    p.put("offsets.topic.replication.factor", "1");
                    p.put("transaction.state.log.replication.factor", "1");
                    p.put("transaction.state.log.min.isr", "1");
                })
                .start();
        return new Kafka(broker);
    }

    String bootstrapServers() {
        // The broker reports "PLAINTEXT://localhost:port"; clients want host:port.
        return broker.getAdvertisedListeners().replaceAll("[A-Z_]+://", "");
    }

    @Override
    public void close() {
        broker.close();
    }
}
