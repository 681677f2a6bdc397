package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.local.StateLock;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The whole product on one machine without containers: PostgreSQL and Kafka from {@link LocalStack}, and the three
 * packaged services and the KLP dashboard as separate processes, loaded with the CBS buurten, the energy files, the default basis
 * warmte-en-wonen and a typology on it. Closing it stops everything it started.
 */
public final class LocalSuite implements AutoCloseable {

    /** The CBS file typology-service ships; loaded through its import API like any steward would. */
    static final String CBS_BUURTEN = "typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final StateLock lock;
    private final LocalStack stack;
    private final List<ServiceProcess> services;
    private final ServiceProcess typology;
    private final ServiceProcess lessons;
    private final ServiceProcess verification;
    private final ServiceProcess dashboard;
    private Duration cbsImport = Duration.ZERO;

    private LocalSuite(StateLock lock, LocalStack stack, ServiceProcess typology, ServiceProcess lessons,
                       ServiceProcess verification, ServiceProcess dashboard) {
        this.lock = lock;
        this.stack = stack;
        this.typology = typology;
        this.lessons = lessons;
        this.verification = verification;
        this.dashboard = dashboard;
        this.services = List.of(verification, lessons, typology);
    }

    /**
     * Starts the suite on the state in the settings' work directory, after taking its {@link StateLock}.
     *
     * @throws StateLock.AlreadyRunningException at once, having touched nothing, when another suite holds it
     */
    public static LocalSuite start(SuiteSettings settings) {
        StateLock lock = StateLock.acquire(settings.workDirectory(), settings.describePorts());
        LocalStack stack;
        try {
            stack = LocalStack.start(settings.stack());
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
        List<ServiceProcess> started = Collections.synchronizedList(new ArrayList<>());
        try {
            Path logs = settings.workDirectory().resolve("logs");
            ServiceProcess typology = launch(started, settings, "typology-service", settings.typologyPort(),
                    stack.serviceConfig("typology"), logs);
            Map<String, String> lessonsConfig = new LinkedHashMap<>(stack.serviceConfig("lessons"));
            lessonsConfig.put("quarkus.rest-client.typology.url", typology.url());
            ServiceProcess lessons = launch(started, settings, "lessons-service", settings.lessonsPort(),
                    lessonsConfig, logs);
            Map<String, String> verificationConfig = new LinkedHashMap<>(stack.serviceConfig("verification"));
            verificationConfig.put("quarkus.rest-client.typology.url", typology.url());
            ServiceProcess verification = launch(started, settings, "verification-service",
                    settings.verificationPort(), verificationConfig, logs);
            // The three start side by side; each waits only for its own readiness.
            CompletableFuture.allOf(started.stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(READY_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            // The KLP dashboard needs no database: it serves pages and forwards /api/v1 to the three services. It
            // starts after them, so that on two cores it does not slow their start.
            ServiceProcess dashboard = launch(started, settings, "klp-dashboard", settings.dashboardPort(), Map.of(
                    "dashboard.lessons-url", lessons.url(), "dashboard.typology-url", typology.url(),
                    "dashboard.verification-url", verification.url()), logs);
            dashboard.awaitReady(READY_TIMEOUT);
            LocalSuite suite = new LocalSuite(lock, stack, typology, lessons, verification, dashboard);
            suite.loadCbsBuurten(settings.root().resolve(CBS_BUURTEN));
            suite.setUpComparability(settings.root());
            return suite;
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, nothing we started may outlive us.
            started.forEach(ServiceProcess::close);
            stack.close();
            lock.close();
            throw e;
        }
    }

    private static ServiceProcess launch(List<ServiceProcess> started, SuiteSettings settings, String name, int port,
                                         Map<String, String> config, Path logs) {
        Path app = settings.root().resolve(name).resolve("target").resolve("quarkus-app");
        ServiceProcess process = ServiceProcess.start(name, app, port, config, logs,
                settings.jvmProfile().options());
        started.add(process);
        return process;
    }

    /** Imports the national CBS buurten file through typology-service's import API, as a steward. */
    void loadCbsBuurten(Path csv) {
        cbsImport = CbsLoader.load(typology.url(), stack.tokens().token("local-steward", "steward"), csv);
    }

    /**
     * Registers every buurt of 2024, loads the shipped energy files, publishes the default basis warmte-en-wonen and a
     * typology on it, all through typology-service's API (see {@link TypologySetup}).
     */
    void setUpComparability(Path root) {
        new TypologySetup(typology.url(), stack.tokens().token("local-steward", "steward")).run(root);
    }

    /** How long typology-service took to import the national CBS file at start. */
    public Duration cbsImport() {
        return cbsImport;
    }

    public ServiceProcess typology() {
        return typology;
    }

    public ServiceProcess lessons() {
        return lessons;
    }

    public ServiceProcess verification() {
        return verification;
    }

    /** The KLP dashboard: the pages over the three services' APIs. */
    public ServiceProcess dashboard() {
        return dashboard;
    }

    public LocalStack stack() {
        return stack;
    }

    public List<ServiceProcess> services() {
        return services;
    }

    /**
     * Stops the services first (so they leave the broker and database cleanly), then Kafka and PostgreSQL, and only
     * then lets go of the state: a start while this one is still stopping is refused.
     */
    @Override
    public void close() {
        try {
            java.util.stream.Stream.concat(java.util.stream.Stream.of(dashboard), services.stream()).parallel()
                    .forEach(ServiceProcess::close);
        } finally {
            try {
                stack.close();
            } finally {
                lock.close();
            }
        }
    }
}
