package nl.schaalsprong.verification.deadletter;

import io.quarkus.test.junit.QuarkusTest;
import nl.schaalsprong.local.DeadLettersContract;

/** The platform's dead letters in verification-service: a poison record on schaalsprong.lessons, listed and replayed by a steward (issue 15). */
@QuarkusTest
class DeadLettersTest extends DeadLettersContract {

    @Override
    protected String consumedTopic() {
        return "schaalsprong.lessons";
    }

    @Override
    protected String notASteward() {
        return "verifier";
    }

    @Override
    protected String deadLetters() {
        return "/api/v1/dead-letters/verification";
    }
}
