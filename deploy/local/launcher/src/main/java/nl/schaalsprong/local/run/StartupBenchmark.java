package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.local.Ports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures each service's start time and resident memory after start, on the JVM settings we ship
 * ({@link ServiceProcess#DEFAULT_JVM_OPTIONS}): each service is started alone, several times, against a running
 * local stack. {@code -Dschaalsprong.bench.jvm-options="..."} adds JVM options, to compare settings. Run it with {@code deploy/local/benchmark-startup.sh}; results go to docs/benchmarks.md by hand.
 */
public final class StartupBenchmark {

    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path root = SuiteSettings.locateRoot();
        SuiteSettings settings = SuiteSettings.forTests(root);
        try (LocalStack stack = LocalStack.start(settings.stack())) {
            System.out.printf("%-21s %5s %12s %14s %12s%n", "service", "round", "quarkus (s)", "to ready (s)", "RSS (MB)");
            String services = System.getProperty("schaalsprong.bench.services",
                    "typology-service,lessons-service,verification-service");
            for (String service : services.split(",")) {
                for (int round = 1; round <= rounds; round++) {
                    measure(root, stack, service, round, settings.workDirectory().resolve("bench-logs"));
                }
            }
        }
    }

    private static void measure(Path root, LocalStack stack, String service, int round, Path logs) throws IOException,
            InterruptedException {
        Map<String, String> config = new LinkedHashMap<>(stack.serviceConfig(service.replace("-service", "")));
        long begin = System.nanoTime();
        List<String> extra = List.of(System.getProperty("schaalsprong.bench.jvm-options", "").split(" ")).stream()
                .filter(option -> !option.isBlank()).toList();
        SuiteService shipped = SuiteService.named(service);
        try (ServiceProcess process = ServiceProcess.start(service, root.resolve(service).resolve("target/quarkus-app"),
                Ports.free(), config, logs, JvmProfile.QUICK_START.options(shipped, extra), JvmProfile.environment(shipped))) {
            process.awaitReady(Duration.ofSeconds(60));
            double toReady = (System.nanoTime() - begin) / 1e9;
            Thread.sleep(2000); // let start-up work (JIT, pools) settle before reading memory
            System.out.printf("%-21s %5d %12s %14.2f %12d%n", service, round, startedIn(process.log()), toReady,
                    residentMegabytes(process.pid()));
        }
    }

    /** Quarkus's own figure from its "started in" log line. */
    private static String startedIn(Path log) throws IOException {
        Matcher m = STARTED_IN.matcher(Files.readString(log));
        return m.find() ? m.group(1) : "?";
    }

    private static long residentMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
