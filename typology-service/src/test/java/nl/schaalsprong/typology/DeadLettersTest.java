package nl.schaalsprong.typology;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.DeadLettersContract;

/** The platform's dead letters in typology-service: a poison record on schaalsprong.learning, the topic it consumes, listed and replayed by a steward (issue 15). */
@QuarkusTest
class DeadLettersTest extends DeadLettersContract {

    @Override
    protected String consumedTopic() {
        return "schaalsprong.learning";
    }

    @Override
    protected String notASteward() {
        return "verifier";
    }

    @Override
    protected String deadLetters() {
        return "/api/v1/dead-letters/typology";
    }
}
