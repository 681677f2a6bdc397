package nl.schaalsprong.local.run;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import nl.schaalsprong.local.run.IngressRoutes.Kind;
import nl.schaalsprong.local.run.IngressRoutes.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static nl.schaalsprong.local.run.ServiceConfiguration.ROOT;
import static nl.schaalsprong.local.run.ServiceConfiguration.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * No cluster runs where the tests run, so this renders deploy/k8s with {@code kubectl kustomize}, reads every
 * document into the Kubernetes API types with unknown fields refused, and checks it against the services' code:
 * replicas, probes, resources, disruption budgets, hardening, images, the Ingress against every resource path, and
 * the configuration against the keys each service reads and the variables docker-compose.yml sets.
 */
class KubernetesManifestsTest {

    private static final Map<String, KubernetesManifests> RENDERED = new ConcurrentHashMap<>();

    /** Read by the image's start script (run-java.sh, which sizes the heap), not by the service. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO");

    /** ingress-nginx reads the paths of an Ingress with this annotation as regular expressions. */
    private static final String USE_REGEX = "nginx.ingress.kubernetes.io/use-regex";

    private static KubernetesManifests rendered(String kustomization) {
        return RENDERED.computeIfAbsent(kustomization, KubernetesManifests::render);
    }

    private static Deployment deployment(KubernetesManifests manifests, String service) {
        return manifests.named(Deployment.class, service);
    }

    private static Container container(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertEquals(1, containers.size(), deployment.getMetadata().getName() + " runs one container");
        return containers.get(0);
    }

    /** Every variable the container gets, by name: values as given, Secret keys as "secret:name/key". */
    private static Map<String, String> environment(KubernetesManifests manifests, Container container) {
        Map<String, String> environment = new TreeMap<>();
        for (EnvFromSource source : container.getEnvFrom()) {
            assertNotNull(source.getConfigMapRef(), container.getName() + ": only ConfigMaps are read whole");
            environment.putAll(manifests.named(ConfigMap.class, source.getConfigMapRef().getName()).getData());
        }
        for (EnvVar variable : container.getEnv()) {
            if (variable.getValue() != null) {
                environment.put(variable.getName(), variable.getValue());
            } else if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                var ref = variable.getValueFrom().getSecretKeyRef();
                environment.put(variable.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
            } else {
                fail(container.getName() + ": " + variable.getName() + " is neither a value nor a Secret key");
            }
        }
        return environment;
    }

    private static Map<String, String> environment(KubernetesManifests manifests, String service) {
        return environment(manifests, container(deployment(manifests, service)));
    }

    /** The image name the Dockerfile's header builds: "docker build -f ... -t NAME". */
    private static String dockerfileImage(String service) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm"));
        Matcher tag = Pattern.compile("docker build .* -t (\\S+)").matcher(dockerfile);
        assertTrue(tag.find(), service + "'s Dockerfile names its image");
        return tag.group(1);
    }

    private static URI jdbcUri(String jdbcUrl) {
        assertTrue(jdbcUrl.startsWith("jdbc:postgresql://"), jdbcUrl);
        return URI.create(jdbcUrl.substring("jdbc:".length()));
    }

    private static List<String> kafkaServers(Map<String, String> environment) {
        return List.of(environment.get("KAFKA_BOOTSTRAP_SERVERS").split(","));
    }

    private static boolean servesPort(KubernetesManifests manifests, String host, int port) {
        return manifests.find(Service.class, host)
                .map(service -> service.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port))
                .orElse(false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void rendersIntoKubernetesApiTypesWithNoUnknownField(String kustomization) {
        KubernetesManifests manifests = rendered(kustomization);
        assertFalse(manifests.all().isEmpty(), kustomization + " renders nothing");
        assertEquals(SERVICES, manifests.all(Deployment.class).stream().map(d -> d.getMetadata().getName())
                .collect(Collectors.toSet()), kustomization + " deploys the three services");
    }

    @Test
    void theValidationRefusesWhatTheApiServerWould() {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: lessons-service
                spec:
                  %s: 2
                  template:
                    spec:
                      containers:
                        - name: lessons-service
                          image: schaalsprong/lessons-service-jvm
                """;
        assertEquals(2, KubernetesManifests.parse(deployment.formatted("replicas")).all(Deployment.class).get(0)
                .getSpec().getReplicas());
        IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.parse(deployment.formatted("replica")));
        assertTrue(misspelt.getMessage().contains("replica"), misspelt.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.parse(deployment.formatted("replicas").replace("apps/v1", "apps/v1beta1")));
        assertThrows(IllegalArgumentException.class,
                () -> KubernetesManifests.parse(deployment.formatted("replicas").replace("image:", "imagePolicy:")));
    }

    @Test
    void theBaseRunsTwoReplicasOfEachService() {
        for (String service : SERVICES) {
            assertEquals(2, deployment(rendered("base"), service).getSpec().getReplicas(), service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void noOverlayNorAutoscalerGoesBelowTwoReplicas(String kustomization) {
        KubernetesManifests manifests = rendered(kustomization);
        for (String service : SERVICES) {
            assertTrue(deployment(manifests, service).getSpec().getReplicas() >= 2, kustomization + ": " + service);
        }
        for (HorizontalPodAutoscaler autoscaler : manifests.all(HorizontalPodAutoscaler.class)) {
            var target = autoscaler.getSpec().getScaleTargetRef();
            assertEquals("Deployment", target.getKind());
            Deployment scaled = deployment(manifests, target.getName());
            assertTrue(autoscaler.getSpec().getMinReplicas() >= 2, target.getName());
            assertTrue(autoscaler.getSpec().getMinReplicas() <= scaled.getSpec().getReplicas(), target.getName());
            assertTrue(autoscaler.getSpec().getMaxReplicas() >= scaled.getSpec().getReplicas(), target.getName());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void probesAskTheServicesHealthEndpointsOnTheirHttpPort(String kustomization) {
        KubernetesManifests manifests = rendered(kustomization);
        for (String service : SERVICES) {
            Properties properties = ServiceConfiguration.applicationProperties(service);
            // The probes assume Quarkus's health paths on the http port: no management interface, no moved roots.
            assertTrue(properties.stringPropertyNames().stream().noneMatch(key -> key.startsWith("quarkus.management.")
                            || key.startsWith("quarkus.smallrye-health.") || key.startsWith("quarkus.http.non-application-root-path")),
                    service + " moved its health endpoints; update deploy/k8s/base/patches/service-pod.yaml");
            int port = Integer.parseInt(properties.getProperty("quarkus.http.port"));
            Container container = container(deployment(manifests, service));
            ContainerPort http = container.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(service + " names its http port"));
            assertEquals(port, http.getContainerPort(), service + " listens on " + port);
            assertEquals(String.valueOf(port), environment(manifests, container).get("QUARKUS_HTTP_PORT"), service);

            assertHealthProbe(container.getReadinessProbe(), "/q/health/ready", service + " readiness");
            assertHealthProbe(container.getLivenessProbe(), "/q/health/live", service + " liveness");
            assertHealthProbe(container.getStartupProbe(), "/q/health/started", service + " start-up");
        }
    }

    private static void assertHealthProbe(Probe probe, String path, String what) {
        assertNotNull(probe, what + " probe");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, what + " is an HTTP GET");
        assertEquals(path, get.getPath(), what);
        assertEquals(new IntOrString("http"), get.getPort(), what + " asks the http port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyDeploymentHasResourcesAndADisruptionBudgetThatLetsOneReplicaGo(String kustomization) {
        KubernetesManifests manifests = rendered(kustomization);
        for (Deployment deployment : manifests.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            var resources = container(deployment).getResources();
            for (String resource : List.of("cpu", "memory")) {
                Quantity request = resources.getRequests().get(resource);
                Quantity limit = resources.getLimits().get(resource);
                assertNotNull(request, name + " requests " + resource);
                assertNotNull(limit, name + " limits " + resource);
                assertTrue(request.getNumericalAmount().compareTo(limit.getNumericalAmount()) <= 0,
                        name + ": " + resource + " request " + request + " over limit " + limit);
            }
            Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = manifests.all(PodDisruptionBudget.class).stream()
                    .filter(b -> podLabels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()))
                    .toList();
            assertEquals(1, budgets.size(), name + " has one PodDisruptionBudget");
            int replicas = deployment.getSpec().getReplicas();
            IntOrString maxUnavailable = budgets.get(0).getSpec().getMaxUnavailable();
            IntOrString minAvailable = budgets.get(0).getSpec().getMinAvailable();
            int allowed = maxUnavailable != null ? maxUnavailable.getIntVal() : replicas - minAvailable.getIntVal();
            assertTrue(allowed >= 1 && allowed < replicas,
                    name + ": a drain may evict a replica and keeps one serving (" + allowed + " of " + replicas + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void servicesRunAsTheImagesUserOnAReadOnlyFileSystemWithAWritableTmp(String kustomization) throws IOException {
        KubernetesManifests manifests = rendered(kustomization);
        for (String service : SERVICES) {
            Matcher user = Pattern.compile("(?m)^USER (\\d+)").matcher(
                    Files.readString(ROOT.resolve(service).resolve("src/main/docker/Dockerfile.jvm")));
            assertTrue(user.find(), service + "'s image names its user");
            PodSpec pod = deployment(manifests, service).getSpec().getTemplate().getSpec();
            assertTrue(pod.getSecurityContext().getRunAsNonRoot(), service);
            assertEquals(Long.valueOf(user.group(1)), pod.getSecurityContext().getRunAsUser(), service + " user");
            assertFalse(pod.getEnableServiceLinks(), service + " gets no service-link variables");
            Container container = container(deployment(manifests, service));
            var security = container.getSecurityContext();
            assertTrue(security.getReadOnlyRootFilesystem(), service);
            assertFalse(security.getAllowPrivilegeEscalation(), service);
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), service);
            VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                    .findFirst().orElseThrow(() -> new AssertionError(service + " mounts /tmp"));
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst().orElseThrow();
            assertNotNull(volume.getEmptyDir(), service + ": /tmp is an emptyDir");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void imagesAreTheOnesTheDockerfilesBuild(String kustomization) throws IOException {
        KubernetesManifests manifests = rendered(kustomization);
        for (String service : SERVICES) {
            String built = dockerfileImage(service);
            String image = container(deployment(manifests, service)).getImage();
            switch (kustomization) {
                case "base" -> assertEquals(built, image, service);
                case "overlays/local" -> assertEquals(built + ":local", image, service + ": built on this machine");
                default -> {
                    int tag = image.lastIndexOf(':');
                    assertTrue(tag > 0 && image.substring(0, tag).endsWith("/" + built), service + ": " + image);
                    assertNotEquals("latest", image.substring(tag + 1), service + " runs a fixed version");
                }
            }
        }
    }

    /**
     * Every path of every Ingress: Prefix paths in an Ingress without use-regex, regex paths (ImplementationSpecific)
     * only in one with it, each to a Service port that exists.
     */
    private static List<Route> routes(KubernetesManifests manifests) {
        List<Ingress> ingresses = manifests.all(Ingress.class);
        assertFalse(ingresses.isEmpty(), "an Ingress");
        List<Route> routes = new ArrayList<>();
        for (Ingress ingress : ingresses) {
            Map<String, String> annotations = ingress.getMetadata().getAnnotations();
            boolean regex = annotations != null && "true".equals(annotations.get(USE_REGEX));
            Kind kind = regex ? Kind.REGEX : Kind.PREFIX;
            String pathType = regex ? "ImplementationSpecific" : "Prefix";
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    assertEquals(pathType, path.getPathType(), ingress.getMetadata().getName() + ": " + path.getPath());
                    var backend = path.getBackend().getService();
                    Service service = manifests.named(Service.class, backend.getName());
                    assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(backend.getPort().getName())),
                            backend.getName() + " has port " + backend.getPort().getName());
                    routes.add(new Route(rule.getHost(), path.getPath(), kind, backend.getName()));
                }
            }
        }
        return routes;
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void theIngressSendsEveryOperationToTheServiceThatServesIt(String kustomization) {
        List<Route> routes = routes(rendered(kustomization));
        Set<String> seen = new HashSet<>();
        for (Route route : routes) {
            assertTrue(seen.add(route.host() + route.path()), route.path() + " is routed twice");
            assertTrue(route.path().startsWith("/api/v1/"), route.path() + " is a versioned API path");
            assertTrue(RestPaths.of(route.service()).stream().anyMatch(e -> route.matches(RestPaths.sample(e.template()))),
                    route.path() + ": " + route.service() + " serves nothing there");
        }
        Map<String, List<Route>> byHost = routes.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.host())));
        Map<String, String> declaredBy = new HashMap<>();
        for (String service : SERVICES) {
            List<RestPaths.Endpoint> endpoints = RestPaths.of(service);
            assertFalse(endpoints.isEmpty(), service + " declares resources");
            for (RestPaths.Endpoint endpoint : endpoints) {
                String operation = endpoint.method() + " " + RestPaths.sample(endpoint.template());
                String other = declaredBy.putIfAbsent(operation, service);
                assertTrue(other == null, "one path per resource: " + endpoint + " is served by " + other + " too");
                String owner = service;
                for (var host : byHost.entrySet()) {
                    String reached = IngressRoutes.routed(host.getValue(), RestPaths.sample(endpoint.template()))
                            .map(Route::service).orElse(null);
                    assertEquals(owner, reached, kustomization + ", host " + host.getKey() + ": " + endpoint);
                }
            }
        }
    }

    /** The operations are read from each method, so an operation under another service's prefix is seen. */
    @Test
    void operationsAreReadWithTheirMethodsPaths() {
        List<String> typology = RestPaths.of("typology-service").stream().map(RestPaths.Endpoint::toString).toList();
        assertTrue(typology.contains("GET /api/v1/gemeenten/{code}/comparable (typology-service)"), typology.toString());
        assertTrue(typology.contains("PUT /api/v1/neighbourhoods/{code}/attributes/{key} (typology-service)"), typology.toString());
        List<String> members = RestPaths.members("""
                @GET @APIResponses({ @APIResponse(description = "a } and a ; in \\\"text\\\"") })
                @Path("/{id}") // a } here
                public X read() { if (a) { return '}'; } return null; }
                private final int y = 1;
                }
                """);
        assertEquals(2, members.size(), members.toString());
        assertTrue(members.get(0).contains("@Path(\"/{id}\")"), members.get(0));
    }

    @Test
    void ingressNginxTriesExactPathsThenTheLongestLocationFirst() {
        List<Route> routes = List.of(
                new Route(null, "/api/v1/gemeenten", Kind.PREFIX, "verification-service"),
                new Route(null, "/api/v1/gemeenten/[^/]+/comparable$", Kind.REGEX, "typology-service"),
                new Route(null, "/api/v1/learning/weights", Kind.PREFIX, "verification-service"));
        assertEquals("typology-service", routedTo(routes, "/api/v1/gemeenten/GM0014/comparable"));
        assertEquals("verification-service", routedTo(routes, "/api/v1/gemeenten/GM0014/suggestions"));
        assertEquals("verification-service", routedTo(routes, "/api/v1/gemeenten/GM0014/comparable/more"));
        assertEquals("verification-service", routedTo(routes, "/api/v1/gemeenten"));
        assertEquals(null, routedTo(routes, "/api/v1/learning-metrics"), "a Prefix matches whole segments");
    }

    private static String routedTo(List<Route> routes, String path) {
        return IngressRoutes.routed(routes, path).map(Route::service).orElse(null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/local", "overlays/production"})
    void everyVariableIsAConfigurationKeyOfTheServiceAndComposesAreAllSet(String kustomization) {
        KubernetesManifests manifests = rendered(kustomization);
        for (String service : SERVICES) {
            Map<String, String> environment = environment(manifests, service);
            Set<String> known = ServiceConfiguration.environmentVariables(service);
            for (String variable : environment.keySet()) {
                assertTrue(known.contains(variable) || IMAGE_VARIABLES.contains(variable),
                        kustomization + ": " + service + ": " + variable + " sets no key of its application.properties");
            }
            Set<String> compose = ServiceConfiguration.composeEnvironment(service).keySet();
            assertTrue(environment.keySet().containsAll(compose),
                    kustomization + ": " + service + " lacks " + compose.stream().filter(v -> !environment.containsKey(v)).toList());

            String database = jdbcUri(environment.get("QUARKUS_DATASOURCE_JDBC_URL")).getPath().substring(1);
            assertEquals(service.replace("-service", ""), database, service + "'s own database");
            for (String credential : List.of("USERNAME", "PASSWORD")) {
                assertTrue(environment.get("QUARKUS_DATASOURCE_" + credential).startsWith("secret:" + service + "-database"),
                        service + ": the database " + credential.toLowerCase() + " comes from its Secret");
            }
            String typology = environment.get("QUARKUS_REST_CLIENT_TYPOLOGY_URL");
            if (typology != null) {
                URI uri = URI.create(typology);
                assertEquals("typology-service", uri.getHost(), service + " calls typology-service in the cluster");
                assertTrue(servesPort(manifests, uri.getHost(), uri.getPort()), typology);
            }
        }
    }

    @Test
    void localRunsPostgresWithEachServicesDatabaseAndOwnerAndKafkaInTheCluster() {
        KubernetesManifests local = rendered("overlays/local");
        StatefulSet postgres = local.named(StatefulSet.class, "postgres");
        Map<String, String> postgresEnvironment = environment(local, postgres.getSpec().getTemplate().getSpec().getContainers().get(0));
        String init = local.all(ConfigMap.class).stream().filter(c -> c.getMetadata().getName().startsWith("postgres-init"))
                .findFirst().orElseThrow().getData().get("init-databases.sh");
        assertNotNull(init, "the init script");
        assertNotNull(local.named(StatefulSet.class, "kafka"));
        for (String service : SERVICES) {
            Map<String, String> environment = environment(local, service);
            URI jdbc = jdbcUri(environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertTrue(servesPort(local, jdbc.getHost(), jdbc.getPort()), service + " reaches " + jdbc);
            for (String server : kafkaServers(environment)) {
                URI kafka = URI.create("kafka://" + server);
                assertTrue(servesPort(local, kafka.getHost(), kafka.getPort()), service + " reaches Kafka at " + server);
            }
            String database = jdbc.getPath().substring(1);
            String prefix = database.toUpperCase();
            assertTrue(init.contains("create_database " + database + " \"$" + prefix + "_USERNAME\" \"$" + prefix + "_PASSWORD\""),
                    database + " is created with its owner");
            for (String credential : List.of("USERNAME", "PASSWORD")) {
                String reference = environment.get("QUARKUS_DATASOURCE_" + credential);
                assertEquals(reference, postgresEnvironment.get(prefix + "_" + credential),
                        database + ": PostgreSQL creates the role the service logs in with");
                String[] secretAndKey = reference.substring("secret:".length()).split("/");
                Secret secret = local.named(Secret.class, secretAndKey[0]);
                assertTrue(secret.getData().containsKey(secretAndKey[1]), reference);
            }
        }
    }

    @Test
    void productionUsesExternalPostgresAndKafkaAnOidcProviderAndCommitsNoSecret() throws IOException {
        KubernetesManifests production = rendered("overlays/production");
        Map<String, String> base = environment(rendered("base"), "lessons-service");
        assertTrue(production.all(Secret.class).isEmpty(), "no Secret is committed for production");
        assertTrue(production.all(StatefulSet.class).isEmpty(), "no database or broker in the cluster");
        String readme = Files.readString(ROOT.resolve("deploy/k8s/README.md"));
        for (String service : SERVICES) {
            Map<String, String> environment = environment(production, service);
            URI jdbc = jdbcUri(environment.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertTrue(production.find(Service.class, jdbc.getHost()).isEmpty(), service + ": PostgreSQL is external");
            for (String server : kafkaServers(environment)) {
                String host = server.substring(0, server.lastIndexOf(':'));
                assertTrue(production.find(Service.class, host).isEmpty(), service + ": Kafka is external");
            }
            for (String token : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER")) {
                assertTrue(environment.get(token).startsWith("https://"), service + ": " + token);
                assertNotEquals(base.get(token), environment.get(token), service + ": " + token + " names the OIDC provider");
            }
            String secret = service + "-database";
            assertEquals("secret:" + secret + "/username", environment.get("QUARKUS_DATASOURCE_USERNAME"));
            assertTrue(readme.contains(secret), "deploy/k8s/README.md tells ops to create " + secret);
        }
        for (Ingress ingress : production.all(Ingress.class)) {
            String name = ingress.getMetadata().getName();
            assertNotNull(ingress.getSpec().getTls(), name + " is served over TLS");
            Set<String> tlsHosts = ingress.getSpec().getTls().stream().map(IngressTLS::getHosts).flatMap(List::stream)
                    .collect(Collectors.toSet());
            for (IngressRule rule : ingress.getSpec().getRules()) {
                assertNotNull(rule.getHost(), name + ": production serves a named host");
                assertTrue(tlsHosts.contains(rule.getHost()), name + ": " + rule.getHost() + " is served over TLS");
            }
        }
    }
}
