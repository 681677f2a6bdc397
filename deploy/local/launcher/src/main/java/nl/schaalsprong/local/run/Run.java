package nl.schaalsprong.local.run;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * The run command ({@code deploy/local/run.sh}): starts the suite, prints where everything is and a first request
 * to try, and on Ctrl-C stops every process it started.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant begin = Instant.now();
        Path root = SuiteSettings.locateRoot();
        System.out.println("Starting Schaalsprong: PostgreSQL, Kafka and three services (logs in .local-stack/logs) ...");
        LocalSuite suite = LocalSuite.start(SuiteSettings.fromEnvironment(root));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Schaalsprong ...");
            suite.close();
            System.out.println("Stopped: no process left behind.");
            stopped.countDown();
        }, "schaalsprong-stop"));
        System.out.println(Banner.text(suite, Duration.between(begin, Instant.now())));
        stopped.await();
    }
}
