package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.local.StateLock;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The run command ({@code deploy/local/run.sh}): starts the suite, prints where everything is and a first request
 * to try, and on Ctrl-C stops every process it started. State is kept in {@code .local-stack/} from one run to the
 * next; {@code --fresh} (or {@code SCHAALSPRONG_FRESH=true}) starts empty. {@code --except <service>} (or
 * {@code SCHAALSPRONG_EXCEPT}) leaves a service out, for the developer to run in Quarkus dev mode in its place. A second run on the same state while
 * one runs or is stopping is refused at once, naming the running one.
 */
public final class Run {

    private Run() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant begin = Instant.now();
        Path root = SuiteSettings.locateRoot();
        SuiteSettings settings;
        try {
            settings = SuiteSettings.fromArguments(root, Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(SuiteSettings.Arguments.USAGE);
            System.exit(2);
            return;
        }
        System.out.println("Starting Schaalsprong: PostgreSQL, Kafka, "
                + (settings.except().isEmpty() ? "three services and the KLP dashboard"
                : "the suite without " + settings.except().stream().map(SuiteService::module)
                        .collect(java.util.stream.Collectors.joining(", ")) + " (left out for dev mode)")
                + " (state and logs in " + settings.workDirectory()
                + (settings.stack().state() == LocalStack.State.FRESH ? ", starting empty"
                : ", data kept from the last run") + ") ...");
        LocalSuite suite;
        try {
            suite = LocalSuite.start(settings);
        } catch (StateLock.AlreadyRunningException e) {
            System.err.println(e.getMessage());
            System.exit(3);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Schaalsprong ...");
            suite.close();
            System.out.println("Stopped: no process left behind.");
            stopped.countDown();
        }, "schaalsprong-stop"));
        System.out.println(Banner.text(suite, Duration.between(begin, Instant.now())));
        suite.setUpTypologyWhenItAnswers(System.out);
        stopped.await();
    }
}
