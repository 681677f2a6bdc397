package nl.schaalsprong.lessons;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.DeadLettersContract;

/** The platform's dead letters in lessons-service: a poison record on schaalsprong.verifications (of the two topics it consumes, with schaalsprong.evidence), listed and replayed by a steward (issue 15). */
@QuarkusTest
class DeadLettersTest extends DeadLettersContract {

    @Override
    protected String consumedTopic() {
        return "schaalsprong.verifications";
    }

    @Override
    protected String notASteward() {
        return "verifier";
    }

    @Override
    protected String deadLetters() {
        return "/api/v1/dead-letters/lessons";
    }
}
