package nl.schaalsprong.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalStackTest {

    @Test
    void startsRealPostgresWithADatabasePerServiceAndARealKafkaBroker() throws Exception {
        try (LocalStack stack = LocalStack.start(LocalStack.Settings.forTests())) {
            for (String database : LocalStack.DATABASES) {
                Map<String, String> config = stack.serviceConfig(database);
                try (Connection c = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                        config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
                     ResultSet rs = c.createStatement().executeQuery("select current_database(), version()")) {
                    assertTrue(rs.next());
                    assertEquals("test_" + database, rs.getString(1));
                    assertTrue(rs.getString(2).startsWith("PostgreSQL 17"), rs.getString(2));
                }
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    stack.kafkaBootstrapServers()))) {
                assertFalse(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).isEmpty());
                Map<String, TopicDescription> topics = admin.describeTopics(SuiteTopics.NAMES).allTopicNames()
                        .get(30, TimeUnit.SECONDS);
                for (String topic : SuiteTopics.NAMES) {
                    assertEquals(SuiteTopics.PARTITIONS, topics.get(topic).partitions().size(), topic + " is there");
                }
            }
            String token = stack.tokens().token("alice", "contributor");
            assertEquals(3, token.split("\\.").length, "a signed JWT has three parts");
        }
    }
}
