package nl.schaalsprong.local.run;

import nl.schaalsprong.local.LocalStack;
import nl.schaalsprong.local.StateLock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The whole product on one machine without containers: PostgreSQL and Kafka from {@link LocalStack}, and the three
 * packaged services and the KLP dashboard as separate processes, loaded with the CBS buurten, the energy files, the buurten
 * of the known proeftuinen, the default basis warmte-en-wonen and a typology on it. Closing it stops everything it started.
 */
public final class LocalSuite implements AutoCloseable {

    /** The CBS file typology-service ships; loaded through its import API like any steward would. */
    static final String CBS_BUURTEN = "typology-service/src/main/resources/cbs/cbs_kwb2024_buurten_nl_demografie.csv";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final StateLock lock;
    private final LocalStack stack;
    private final SuiteSettings settings;
    /** The processes the suite started; a service left out ({@code --except}) has none. */
    private final Map<SuiteService, ServiceProcess> processes;
    /** Second instances of services ({@link #startReplica}), closed with the suite. */
    private final List<ServiceProcess> replicas = Collections.synchronizedList(new ArrayList<>());
    private volatile Duration cbsImport = Duration.ZERO;
    private volatile Thread typologySetup;

    private LocalSuite(StateLock lock, LocalStack stack, SuiteSettings settings,
                       Map<SuiteService, ServiceProcess> processes) {
        this.lock = lock;
        this.stack = stack;
        this.settings = settings;
        this.processes = Map.copyOf(processes);
    }

    /**
     * Starts the suite on the state in the settings' work directory, after taking its {@link StateLock}. Services
     * the settings leave out are not started, but the others (and the dashboard) are still pointed at their usual
     * ports, where the developer's {@code quarkus:dev} takes their place.
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
            Map<SuiteService, ServiceProcess> processes = new EnumMap<>(SuiteService.class);
            for (SuiteService service : List.of(SuiteService.TYPOLOGY, SuiteService.LESSONS, SuiteService.VERIFICATION)) {
                if (settings.starts(service)) {
                    processes.put(service, launch(started, settings, service, config(service, stack, settings), logs));
                }
            }
            // The three start side by side; each waits only for its own readiness.
            CompletableFuture.allOf(started.stream()
                    .map(s -> CompletableFuture.runAsync(() -> s.awaitReady(READY_TIMEOUT)))
                    .toArray(CompletableFuture[]::new)).join();
            // The KLP dashboard needs no database: it serves pages and forwards /api/v1 to the three services. It
            // starts after them, so that on two cores it does not slow their start.
            if (settings.starts(SuiteService.DASHBOARD)) {
                ServiceProcess dashboard = launch(started, settings, SuiteService.DASHBOARD,
                        config(SuiteService.DASHBOARD, stack, settings), logs);
                processes.put(SuiteService.DASHBOARD, dashboard);
                dashboard.awaitReady(READY_TIMEOUT);
            }
            LocalSuite suite = new LocalSuite(lock, stack, settings, processes);
            // Left out, typology-service is loaded once the developer's dev mode answers: setUpTypologyWhenItAnswers.
            if (settings.starts(SuiteService.TYPOLOGY)) {
                suite.loadCbsBuurten(settings.root().resolve(CBS_BUURTEN));
                suite.setUpComparability(settings.root());
            }
            return suite;
        } catch (RuntimeException | Error e) {
            // Whatever went wrong, nothing we started may outlive us.
            started.forEach(ServiceProcess::close);
            stack.close();
            lock.close();
            throw e;
        }
    }

    private static ServiceProcess launch(List<ServiceProcess> started, SuiteSettings settings, SuiteService service,
                                         Map<String, String> config, Path logs) {
        ServiceProcess process = startProcess(settings, service, service.module(), settings.port(service), config, logs);
        started.add(process);
        return process;
    }

    /** Starts the packaged {@code service} as process {@code name} on {@code port}, with the suite's JVM settings. */
    private static ServiceProcess startProcess(SuiteSettings settings, SuiteService service, String name, int port,
                                               Map<String, String> config, Path logs) {
        Path app = settings.root().resolve(service.module()).resolve("target").resolve("quarkus-app");
        return ServiceProcess.start(name, app, port, config, logs,
                settings.jvmProfile().options(service, JvmProfile.appendedFromEnvironment()), JvmProfile.environment(service));
    }

    /** What the suite gives {@code service} besides its port: the stack's part for its database, and where the others are. */
    private static Map<String, String> config(SuiteService service, LocalStack stack, SuiteSettings settings) {
        return config(service, service.database().map(stack::serviceConfig).orElse(Map.of()), settings);
    }

    static Map<String, String> config(SuiteService service, Map<String, String> stackConfig, SuiteSettings settings) {
        Map<String, String> config = new LinkedHashMap<>(stackConfig);
        if (service != SuiteService.DASHBOARD) {
            config.putAll(settings.serviceConfig());
        }
        String typology = "http://localhost:" + settings.port(SuiteService.TYPOLOGY);
        String lessons = "http://localhost:" + settings.port(SuiteService.LESSONS);
        String verification = "http://localhost:" + settings.port(SuiteService.VERIFICATION);
        switch (service) {
            case TYPOLOGY -> {
            }
            case LESSONS -> {
                config.put("quarkus.rest-client.typology.url", typology);
                config.put("schaalsprong.lessons.verification.base-url", verification);
            }
            case VERIFICATION -> config.put("quarkus.rest-client.typology.url", typology);
            case DASHBOARD -> {
                config.put("dashboard.lessons-url", lessons);
                config.put("dashboard.typology-url", typology);
                config.put("dashboard.verification-url", verification);
            }
        }
        return config;
    }

    /**
     * Everything a service run by hand needs to take its place in a suite started with {@code settings}: the
     * suite's configuration for it and its port. With {@link SuiteSettings#usual} this is what each service's
     * {@code %dev} profile must say.
     */
    static Map<String, String> joiningConfig(SuiteService service, Map<String, String> stackConfig,
                                             SuiteSettings settings) {
        Map<String, String> config = config(service, stackConfig, settings);
        config.put("quarkus.http.port", Integer.toString(settings.port(service)));
        return config;
    }

    /** {@link #joiningConfig} for a suite run with every setting at its default. */
    static Map<String, String> usualJoiningConfig(SuiteService service, Path root) {
        SuiteSettings usual = SuiteSettings.usual(root);
        return joiningConfig(service, service.database()
                .map(db -> LocalStack.embeddedServiceConfig(db, usual.workDirectory(), usual.stack().postgresPort(),
                        usual.stack().kafkaPort()))
                .orElse(Map.of()), usual);
    }

    /**
     * The command that runs a left-out service in dev mode beside this suite, from the checkout's root. Its
     * {@code %dev} profile assumes the usual settings; whatever this suite does differently (another port, state
     * directory or PostgreSQL) is set before it as environment variables, which override a profile.
     */
    public String devModeCommand(SuiteService service) {
        return devModeCommand(service, service.database().map(stack::serviceConfig).orElse(Map.of()), settings);
    }

    static String devModeCommand(SuiteService service, Map<String, String> stackConfig, SuiteSettings settings) {
        Map<String, String> usual = usualJoiningConfig(service, settings.root());
        Map<String, String> actual = joiningConfig(service, stackConfig, settings);
        StringBuilder command = new StringBuilder();
        actual.forEach((key, value) -> {
            if (!value.equals(usual.get(key))) {
                command.append(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT)).append('=')
                        .append(value.matches("[A-Za-z0-9_./:=,@-]+") ? value : "'" + value.replace("'", "'\\''") + "'")
                        .append(' ');
            }
        });
        return command.append(DEV_MODE).append(service.module()).append(" quarkus:dev").toString();
    }

    /** How dev mode is started from the checkout's root; -am lets Maven find platform's classes without an install. */
    static final String DEV_MODE = "./mvnw -am -pl ";

    /**
     * When typology-service is left out, loads it as {@link #start} would have (the CBS buurten, the energy files,
     * the default basis and a typology), as soon as the developer's dev mode answers ready; reports on {@code out}.
     * Both steps are idempotent, so a kept state loaded before is left as it is. A failure (the code under
     * development may be broken) is reported and tried again after a while; the rest of the suite runs on.
     */
    public void setUpTypologyWhenItAnswers(java.io.PrintStream out) {
        if (settings.starts(SuiteService.TYPOLOGY)) {
            return;
        }
        Thread thread = new Thread(() -> {
            String url = url(SuiteService.TYPOLOGY);
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    awaitReady(url);
                    out.println("typology-service answers at " + url
                            + ": loading the CBS buurten, energy files, the proeftuinen's buurten and a typology ...");
                    try {
                        long begin = System.nanoTime();
                        loadCbsBuurten(settings.root().resolve(CBS_BUURTEN));
                        setUpComparability(settings.root());
                        out.printf(Locale.ROOT, "typology-service loaded in %.1f s (CBS buurten %.1f s).%n",
                                (System.nanoTime() - begin) / 1e9, cbsImport.toMillis() / 1000.0);
                        return;
                    } catch (RuntimeException e) {
                        out.println("Loading typology-service failed (" + e.getMessage() + "); trying again in "
                                + SETUP_RETRY.toSeconds() + " s.");
                        Thread.sleep(SETUP_RETRY.toMillis());
                    }
                }
            } catch (InterruptedException stopping) {
                // the suite is closing
            }
        }, "typology-setup");
        thread.setDaemon(true);
        typologySetup = thread;
        thread.start();
    }

    private static final Duration SETUP_RETRY = Duration.ofSeconds(30);

    /** Polls {@code /q/health/ready} until it answers 200, with no deadline: the developer starts it when they like. */
    private static void awaitReady(String url) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready"))
                .timeout(Duration.ofSeconds(30)).build();
        while (true) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYetListening) {
                // not started yet, or restarting
            }
            Thread.sleep(1000);
        }
    }

    /** Imports the national CBS buurten file through typology-service's import API, as a steward. */
    void loadCbsBuurten(Path csv) {
        cbsImport = CbsLoader.load(url(SuiteService.TYPOLOGY), stack.tokens().token("local-steward", "steward"), csv);
    }

    /**
     * Registers every buurt of 2024, loads the shipped energy files, marks the known proeftuinen's buurten, publishes the
     * default basis warmte-en-wonen and a typology on it, all through typology-service's API (see {@link TypologySetup}).
     */
    void setUpComparability(Path root) {
        new TypologySetup(url(SuiteService.TYPOLOGY), stack.tokens().token("local-steward", "steward")).run(root);
    }

    /** How long typology-service took to import the national CBS file (at start, or once its dev mode answered). */
    public Duration cbsImport() {
        return cbsImport;
    }

    public SuiteSettings settings() {
        return settings;
    }

    /** Where {@code service} answers: the suite's process, or the developer's dev mode in its place. */
    public String url(SuiteService service) {
        return "http://localhost:" + settings.port(service);
    }

    public ServiceProcess typology() {
        return process(SuiteService.TYPOLOGY);
    }

    public ServiceProcess lessons() {
        return process(SuiteService.LESSONS);
    }

    public ServiceProcess verification() {
        return process(SuiteService.VERIFICATION);
    }

    /** The KLP dashboard: the pages over the three services' APIs. */
    public ServiceProcess dashboard() {
        return process(SuiteService.DASHBOARD);
    }

    /**
     * Starts one more instance of {@code service} on {@code port}, configured as the suite's own (the same database,
     * broker, consumer groups, outbox and token key), and waits until it is ready: two replicas of a service, as a
     * deployment scales it. Its log is {@code <module>-<port>.log}; it stops with the suite.
     */
    public ServiceProcess startReplica(SuiteService service, int port) {
        if (service == SuiteService.DASHBOARD || !settings.starts(service)) {
            throw new IllegalArgumentException("no replica of " + service.module() + " in this suite");
        }
        ServiceProcess replica = startProcess(settings, service, service.module() + "-" + port, port,
                config(service, stack, settings), settings.workDirectory().resolve("logs"));
        replicas.add(replica);
        replica.awaitReady(READY_TIMEOUT);
        return replica;
    }

    /** The process the suite started for {@code service}; a service it left out has none. */
    public ServiceProcess process(SuiteService service) {
        ServiceProcess process = processes.get(service);
        if (process == null) {
            throw new IllegalStateException(service.module() + " was left out of this suite (--except)");
        }
        return process;
    }

    public LocalStack stack() {
        return stack;
    }

    /** The three services the suite started, verification-service, lessons-service, typology-service in that order. */
    public List<ServiceProcess> services() {
        return Stream.of(SuiteService.VERIFICATION, SuiteService.LESSONS, SuiteService.TYPOLOGY)
                .filter(processes::containsKey).map(processes::get).toList();
    }

    /**
     * Stops the services first (so they leave the broker and database cleanly), then Kafka and PostgreSQL, and only
     * then lets go of the state: a start while this one is still stopping is refused.
     */
    @Override
    public void close() {
        Thread setup = typologySetup;
        if (setup != null) {
            setup.interrupt();
        }
        try {
            Stream.concat(replicas.stream(), processes.values().stream()).toList()
                    .parallelStream().forEach(ServiceProcess::close);
        } finally {
            try {
                stack.close();
            } finally {
                lock.close();
            }
        }
    }
}
