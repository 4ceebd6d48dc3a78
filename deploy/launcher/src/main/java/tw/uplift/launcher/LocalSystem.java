package tw.uplift.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The whole Uplift system on one machine: MongoDB (in this JVM), Kafka, the identity provider, the mail sink, the
 * trace collector, the services and the gateway in front of them (child processes). Started with {@link #builder()};
 * {@link #close()} stops it all, gateway and services first so they can finish their work while Kafka and MongoDB are
 * still there.
 *
 * <pre>{@code
 * try (LocalSystem system = LocalSystem.builder().dataDir(tmp).ports(PortPlan.random()).start()) {
 *     String token = system.tokenFor("clerk");
 *     String plans = system.serviceUrl(ServiceSpec.PLAN) + "/api/plans";
 * }
 * }</pre>
 */
public final class LocalSystem implements AutoCloseable {

    private final DataDir data;
    private final PortPlan ports;
    private final IdentityServer identity;
    private final MailSink mailSink;
    private final TraceCollector traces;
    private final Map<ServiceSpec, ServiceProcess> services;
    private final GatewayProcess gateway;
    private final List<ServiceSpec> notBuilt;
    private final boolean gatewayNotBuilt;
    private final Duration startupTime;
    private final Starting parts;

    private LocalSystem(Starting s, Duration startupTime) {
        this.data = s.data;
        this.ports = s.ports;
        this.identity = s.identity;
        this.mailSink = s.mailSink;
        this.traces = s.traces;
        this.services = s.services; // the same map as parts.services: a restarted service replaces its entry there
        this.gateway = s.gateway;
        this.notBuilt = List.copyOf(s.notBuilt);
        this.gatewayNotBuilt = s.gatewayNotBuilt;
        this.startupTime = startupTime;
        this.parts = s;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A MongoDB connection string for one database (plan, review, survey, notification, or a test's own). */
    public String mongoUri(String database) {
        return parts.mongo.uri(database);
    }

    public String kafkaBootstrapServers() {
        return parts.kafka.bootstrapServers();
    }

    /** The OIDC issuer URI, as services set it in SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI. */
    public String issuerUrl() {
        return identity.issuer();
    }

    /** The base URL of a running service; fails if it was not started. */
    public String serviceUrl(ServiceSpec spec) {
        return service(spec).orElseThrow(() -> new IllegalStateException(spec.name() + " is not running in this system")).url();
    }

    public Optional<ServiceProcess> service(ServiceSpec spec) {
        synchronized (parts) {
            return Optional.ofNullable(services.get(spec));
        }
    }

    /** The running services, in {@link ServiceSpec#ALL} order. */
    public List<ServiceProcess> services() {
        synchronized (parts) {
            return ServiceSpec.ALL.stream().filter(services::containsKey).map(services::get).toList();
        }
    }

    /**
     * Starts {@code spec} again with the same environment and port after its process ended (killed by the chaos suite,
     * say), and waits until it is ready. The new process replaces the old one here and is stopped with the system.
     */
    public ServiceProcess restart(ServiceSpec spec) {
        ServiceProcess again;
        synchronized (parts) {
            ServiceProcess old = service(spec).orElseThrow(() -> new LauncherException(spec.name() + " does not run here"));
            if (old.process().isAlive()) {
                throw new LauncherException(spec.name() + " still runs (pid " + old.process().pid() + "): stop or kill it first");
            }
            again = old.again();
            services.put(spec, again);
        }
        again.awaitReady();
        return again;
    }

    /**
     * Starts a second instance of a running service on {@code port}, against the same store and broker with the same
     * settings (the chaos suite's "two instances of every service"), and waits until it is ready. The gateway keeps
     * routing to the first; the second is stopped with the system.
     */
    public ServiceProcess startAnotherInstance(ServiceSpec spec, int port) {
        ServiceProcess other;
        synchronized (parts) {
            ServiceProcess first = service(spec).orElseThrow(() -> new LauncherException(spec.name() + " does not run here"));
            other = first.anotherInstance(port, Integer.toString(parts.otherInstances.size() + 2));
            parts.otherInstances.add(other);
        }
        other.awaitReady();
        return other;
    }

    /** The gateway, unless left out ({@link Builder#withoutGateway()}) or not built ({@link #gatewayNotBuilt()}). */
    public Optional<GatewayProcess> gateway() {
        return Optional.ofNullable(gateway);
    }

    /** The one address people open (its login, the pages and APIs of every service); fails if it was not started. */
    public String gatewayUrl() {
        return gateway().orElseThrow(() -> new IllegalStateException("the gateway is not running in this system")).url();
    }

    /** True when the gateway was asked for but skipped because its jar is not built ({@link Builder#skipServicesNotBuilt()}). */
    public boolean gatewayNotBuilt() {
        return gatewayNotBuilt;
    }

    /** Services that were asked for but skipped because their jar is not built ({@link Builder#skipServicesNotBuilt()}). */
    public List<ServiceSpec> servicesNotBuilt() {
        return notBuilt;
    }

    /** A fresh access token of a demo user (password {@code demo}). */
    public String tokenFor(String username) {
        return Tokens.forUser(issuerUrl(), username);
    }

    public DataDir dataDir() {
        return data;
    }

    public PortPlan ports() {
        return ports;
    }

    public KafkaBroker kafka() {
        return parts.kafka;
    }

    /**
     * Stops the broker as an outage would begin (SIGTERM, a clean shutdown), leaving services, identity and the store
     * running; {@link #startKafka()} brings it back on the same port and log directory. For the chaos suite.
     */
    public synchronized void stopKafka() {
        parts.kafka.close();
    }

    /** Starts the broker stopped by {@link #stopKafka()} again, on the same ports and storage, and waits until it answers. */
    public synchronized void startKafka() {
        if (parts.kafka.process().isAlive()) {
            throw new IllegalStateException("Kafka is still running");
        }
        parts.kafka = KafkaBroker.start(data.kafka(), ports.kafka(), ports.kafkaController(), data.log("kafka"),
                KafkaClasspath.libDirectory(parts.root), data.classDataArchive("kafka"));
        parts.kafka.awaitReady();
    }

    /**
     * Stops the store as a crash of the database server would look to the services (their connections dropped), after
     * writing everything to its file; {@link #startStore()} opens the same file on the same port again. For the chaos
     * suite.
     */
    public synchronized void stopStore() {
        parts.mongo.close();
    }

    /** Opens the store stopped by {@link #stopStore()} again, from its file, on the same port. */
    public synchronized void startStore() {
        parts.mongo = EmbeddedMongo.start(data.mongoFile(), ports.mongo());
    }

    public IdentityServer identity() {
        return identity;
    }

    /** The SMTP server every e-mail of this system goes to, and where to read what it caught. */
    public MailSink mailSink() {
        return mailSink;
    }

    /**
     * The trace collector (Zipkin) every service and the gateway send their spans to; empty when neither runs
     * ({@link Builder#withoutServices()}).
     */
    public Optional<TraceCollector> traceCollector() {
        return Optional.ofNullable(traces);
    }

    /** From the call to {@link Builder#start()} until every part answered ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * The memory of the whole system now: this JVM (which hosts MongoDB) and every child, by PSS and RSS
     * ({@link SystemMemory}; empty where there is no {@code /proc}).
     */
    public SystemMemory memory() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("launcher (MongoDB)", ProcessHandle.current().pid());
        pids.put("kafka", parts.kafka.process().pid());
        pids.put("identity", identity.process().pid());
        pids.put(MailSink.NAME, mailSink.process().pid());
        traceCollector().ifPresent(t -> pids.put(TraceCollector.NAME, t.process().pid()));
        services().forEach(service -> pids.put(service.spec().name(), service.process().pid()));
        gateway().ifPresent(g -> pids.put(GatewayProcess.NAME, g.process().pid()));
        return SystemMemory.of(pids);
    }

    /** Where the extracted layouts and class caches of the children are ({@link StartupCaches}). */
    public Path startupCaches() {
        return parts.startupCaches;
    }

    /** True once {@link #close()} (or the JVM exit hook) began stopping: children exiting now is expected. */
    public boolean isClosing() {
        return parts.stopped;
    }

    /** Stops services, identity and the mail sink (in parallel), then Kafka, then closes MongoDB so H2 writes everything out. */
    @Override
    public void close() {
        parts.stop();
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What has been started so far, so a failure half-way can stop exactly that. */
    private static final class Starting {
        Path root;
        DataDir data;
        PortPlan ports;
        volatile EmbeddedMongo mongo;
        volatile KafkaBroker kafka;
        IdentityServer identity;
        MailSink mailSink;
        TraceCollector traces;
        final Map<ServiceSpec, ServiceProcess> services = new LinkedHashMap<>();
        /** Instances started beside the services ({@link LocalSystem#startAnotherInstance}). */
        final List<ServiceProcess> otherInstances = new ArrayList<>();
        GatewayProcess gateway;
        final List<ServiceSpec> notBuilt = new ArrayList<>();
        boolean gatewayNotBuilt;
        Path startupCaches;
        private volatile boolean stopped;

        /** True when a child of this start trains its class cache ({@link StartupCaches}), so stopping takes longer. */
        boolean writesStartupCaches() {
            return (gateway != null && gateway.writesStartupCache())
                    || services.values().stream().anyMatch(ServiceProcess::writesStartupCache)
                    || (identity != null && identity.writesStartupCache())
                    || (mailSink != null && mailSink.writesStartupCache())
                    || (traces != null && traces.writesStartupCache());
        }

        /** Idempotent: called by close(), by a failed start and by the JVM shutdown hook, whichever comes first. */
        synchronized void stop() {
            if (stopped) {
                return;
            }
            stopped = true;
            // Gateway, services and identity in parallel: each may take a while to drain, and none needs another to stop.
            List<Thread> stopping = new ArrayList<>();
            if (gateway != null) {
                stopping.add(Thread.ofVirtual().start(gateway::close));
            }
            services.values().forEach(service -> stopping.add(Thread.ofVirtual().start(service::close)));
            otherInstances.forEach(service -> stopping.add(Thread.ofVirtual().start(service::close)));
            if (identity != null) {
                stopping.add(Thread.ofVirtual().start(identity::close));
            }
            if (mailSink != null) {
                stopping.add(Thread.ofVirtual().start(mailSink::close));
            }
            stopping.forEach(LocalSystem::join);
            // After the services: their last spans are sent as they stop.
            if (traces != null) {
                traces.close();
            }
            if (kafka != null) {
                kafka.close();
            }
            if (mongo != null) {
                mongo.close();
            }
        }
    }

    public static final class Builder {

        /** Extractions run beside each other and beside the first children's start; virtual threads wait on the tool. */
        private static final Executor PREPARING = Executors.newVirtualThreadPerTaskExecutor();

        private Path repoRoot;
        private Path dataDir;
        private PortPlan ports = PortPlan.defaults();
        private List<ServiceSpec> serviceSpecs = ServiceSpec.ALL;
        private boolean withGateway = true;
        private boolean skipNotBuilt;
        private Consumer<String> progress = message -> { };
        private boolean stopOnJvmExit;
        private boolean trainStartupCaches;
        private final Map<String, String> serviceSettings = new LinkedHashMap<>();

        private Builder() {
        }

        /** The repository with the built jars; default: found upwards from the working directory. */
        public Builder repoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Where data and logs go; default {@code <repo>/.uplift}. Reusing a folder keeps its data. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder ports(PortPlan ports) {
            this.ports = ports;
            return this;
        }

        /** The services to run (default: all four). */
        public Builder services(Collection<ServiceSpec> services) {
            this.serviceSpecs = List.copyOf(services);
            return this;
        }

        /** Only MongoDB, Kafka and the identity provider (component tests, or a service run from the IDE). */
        public Builder withoutServices() {
            return services(List.of()).withoutGateway();
        }

        /** Leave out the gateway (by default it starts after the services, in front of them). */
        public Builder withoutGateway() {
            this.withGateway = false;
            return this;
        }

        /** Leave out a service (or the gateway) whose jar is missing instead of failing (the local run while they are written). */
        public Builder skipServicesNotBuilt() {
            this.skipNotBuilt = true;
            return this;
        }

        /**
         * Also stop everything when the JVM exits (Ctrl-C, SIGTERM), even half-way through the start, so no
         * broker or service is left running without its launcher.
         */
        public Builder stopOnJvmExit() {
            this.stopOnJvmExit = true;
            return this;
        }

        /**
         * Train the children's class caches on this start where there are none yet ({@link StartupCaches}), so later
         * starts are faster; {@code ./uplift run} does. Off by default: training makes this start's stop longer (each
         * child writes its cache as it exits), which a test that starts a system once would only pay for. Caches
         * already trained are used either way.
         */
        public Builder trainStartupCaches() {
            this.trainStartupCaches = true;
            return this;
        }

        /**
         * One more environment variable for every service, on top of ADR 0001's (a test's shorter timers, e.g.
         * {@code UPLIFT_SURVEY_KIOSK_IDLE_SECONDS}); the local run sets none.
         */
        public Builder serviceSetting(String name, String value) {
            serviceSettings.put(name, value);
            return this;
        }

        /** Receives one line per step ("Kafka ready in 4.1 s"); default: silent, as tests want. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        public LocalSystem start() {
            long started = System.nanoTime();
            Path root = repoRoot != null ? repoRoot.toAbsolutePath().normalize() : RepoRoot.locate();
            Starting s = new Starting();
            s.root = root;
            s.ports = ports;
            s.data = DataDir.at(dataDir != null ? dataDir : root.resolve(".uplift"));
            if (stopOnJvmExit) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    progress.accept("Stopping Uplift (gateway, services, identity, Kafka, then MongoDB)...");
                    if (s.writesStartupCaches()) {
                        progress.accept("First run of this build: each process writes its start-up cache as it stops (up to a minute or two, once).");
                    }
                    s.stop();
                    progress.accept("Stopped. Data kept in " + s.data.root());
                }, "uplift-stop"));
            }
            try {
                Map<String, Integer> busy = ports.busy();
                if (!busy.isEmpty()) {
                    // Children run in sessions of their own (Ctrl-C reaches only the launcher), so a launcher that was
                    // killed outright leaves them running: say so instead of failing half-way through the start.
                    throw new LauncherException("Ports already in use: " + busy + ". Is another Uplift still running? "
                            + "Stop it with Ctrl-C, or end its processes: pkill -f 'uplift-launcher.jar|kafka.Kafka|"
                            + "uplift-identity.jar|greenmail-standalone.jar|zipkin-server.jar|-service.jar|gateway.jar'");
                }
                List<ServiceSpec> runnable = runnableServices(root, s.notBuilt);
                boolean gatewayRuns = withGateway && gatewayRunnable(root, s);
                Path kafkaLib = KafkaClasspath.libDirectory(root);
                StartupCaches caches = StartupCaches.in(root, trainStartupCaches);
                s.startupCaches = StartupCaches.folder(root);
                // Extracting a jar the first time takes about a second: done while Kafka, identity and the mail sink start.
                Map<ServiceSpec, CompletableFuture<StartupCache>> serviceStartups = new LinkedHashMap<>();
                runnable.forEach(spec -> serviceStartups.put(spec, CompletableFuture.supplyAsync(
                        () -> ServiceProcess.startup(spec, root, s.data, caches), PREPARING)));
                CompletableFuture<StartupCache> gatewayStartup = gatewayRuns
                        ? CompletableFuture.supplyAsync(() -> GatewayProcess.startup(root, s.data, caches), PREPARING) : null;

                s.mongo = EmbeddedMongo.start(s.data.mongoFile(), ports.mongo());
                progress.accept("MongoDB (embedded, H2 file " + s.data.mongoFile() + ") on port " + ports.mongo());

                // Identity first: its JVM warms up while Kafka formats and starts.
                s.identity = IdentityServer.start(root, s.data, caches, ports.identity(), webRedirectUris(gatewayRuns));
                s.mailSink = MailSink.start(root, s.data, caches, ports.mail().smtp(), ports.mail().api(), ports.mail().imap());
                if (!runnable.isEmpty() || gatewayRuns) {
                    s.traces = TraceCollector.start(root, s.data, ports.traces());
                }
                s.kafka = KafkaBroker.start(s.data.kafka(), ports.kafka(), ports.kafkaController(), s.data.log("kafka"), kafkaLib,
                        s.data.classDataArchive("kafka"));
                s.kafka.awaitReady();
                progress.accept("Kafka ready on port " + ports.kafka() + " after " + seconds(started));
                s.identity.awaitReady();
                progress.accept("Identity provider ready on port " + ports.identity() + " after " + seconds(started));
                s.mailSink.awaitReady();
                progress.accept("Mail sink (GreenMail) ready, SMTP on port " + ports.mail().smtp() + " after " + seconds(started));
                if (s.traces != null) {
                    s.traces.awaitReady();
                    progress.accept("Trace collector (Zipkin) ready on port " + ports.traces() + " after " + seconds(started));
                }

                // Services only after Kafka: the binder provisions topics while the context starts.
                for (ServiceSpec spec : runnable) {
                    s.services.put(spec, ServiceProcess.start(spec, serviceStartups.get(spec).join(), root, s.data, ports.portOf(spec),
                            environmentOf(spec, s, gatewayRuns)));
                }
                // The gateway after the services: it needs only the issuer (ready by now) and routes to whatever answers.
                if (gatewayRuns) {
                    s.gateway = GatewayProcess.start(gatewayStartup.join(), root, s.data, ports.gateway(),
                            withTraceExport(GatewayProcess.environment(ports.gateway(), s.identity.issuer(), ports), s));
                }
                for (ServiceProcess service : s.services.values()) {
                    service.awaitReady();
                    progress.accept(service.spec().name() + " ready on port " + ports.portOf(service.spec()) + " after " + seconds(started));
                }
                if (s.gateway != null) {
                    s.gateway.awaitReady();
                    progress.accept("gateway ready on port " + ports.gateway() + " after " + seconds(started));
                }
                return new LocalSystem(s, Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException e) {
                s.stop();
                throw e;
            }
        }

        private boolean gatewayRunnable(Path root, Starting s) {
            if (Files.isRegularFile(GatewayProcess.jar(root))) {
                return true;
            }
            if (!skipNotBuilt) {
                throw new LauncherException("The gateway is not built: " + GatewayProcess.jar(root)
                        + " is missing. Build it: ./mvnw -q -DskipTests -pl gateway -am package");
            }
            s.gatewayNotBuilt = true;
            progress.accept("gateway is not built yet (" + GatewayProcess.jar(root) + " missing): skipped");
            return false;
        }

        /** Where the issuer may send a browser back to after login: the gateway first, then each service's own pages. */
        private List<String> webRedirectUris(boolean gatewayRuns) {
            List<String> uris = new ArrayList<>();
            if (gatewayRuns) {
                uris.add(GatewayProcess.loginRedirectUri(ports.gateway()));
            }
            uris.addAll(IdentityServer.webRedirectUris(ports.services()));
            return uris;
        }

        private List<ServiceSpec> runnableServices(Path root, List<ServiceSpec> notBuilt) {
            List<ServiceSpec> runnable = new ArrayList<>();
            for (ServiceSpec spec : serviceSpecs) {
                if (Files.isRegularFile(spec.jar(root))) {
                    runnable.add(spec);
                } else if (skipNotBuilt) {
                    notBuilt.add(spec);
                    progress.accept(spec.name() + " is not built yet (" + spec.jar(root) + " missing): skipped");
                } else {
                    throw new LauncherException(spec.name() + " is not built: " + spec.jar(root)
                            + " is missing. Build it: ./mvnw -q -DskipTests -pl " + spec.name() + " -am package");
                }
            }
            return runnable;
        }

        /**
         * Exactly the variables of ADR 0001, so the local run exercises the same configuration as production (plus
         * a test's {@link #serviceSetting}s).
         */
        private Map<String, String> environmentOf(ServiceSpec spec, Starting s, boolean gatewayRuns) {
            Map<String, String> env = new HashMap<>();
            env.put("SERVER_PORT", Integer.toString(ports.portOf(spec)));
            env.put("SPRING_MONGODB_URI", s.mongo.uri(spec.database()));
            env.put("SPRING_CLOUD_STREAM_KAFKA_BINDER_BROKERS", s.kafka.bootstrapServers());
            env.put("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", s.identity.issuer());
            env.put("UPLIFT_CLOCK_MOVABLE", "true");
            // Every service may send mail (notification-service does): to the sink, never to a real mail server.
            env.put("SPRING_MAIL_HOST", "localhost");
            env.put("SPRING_MAIL_PORT", Integer.toString(ports.mail().smtp()));
            // Links in pages and e-mails point at the one address people open (the public pages are routed there too).
            env.put("UPLIFT_PUBLIC_BASE_URL", gatewayRuns ? GatewayProcess.url(ports.gateway()) : "http://localhost:" + ports.portOf(spec));
            withTraceExport(env, s);
            env.putAll(serviceSettings);
            return env;
        }

        /** Spans to the local trace collector (off by default in the services, where there may be none). */
        private static Map<String, String> withTraceExport(Map<String, String> env, Starting s) {
            if (s.traces != null) {
                env.put("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true");
                env.put("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT", s.traces.spanEndpoint());
            }
            return env;
        }

        private static String seconds(long startedNanos) {
            return "%.1f s".formatted((System.nanoTime() - startedNanos) / 1e9);
        }
    }
}
