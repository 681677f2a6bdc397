package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a kustomization under deploy/k8s renders to, read into the Kubernetes API types: a document of a kind or
 * apiVersion not listed here, or with a field its type does not have, is refused, as the API server would.
 */
final class KubernetesManifests {

    /** Every kind the manifests may use, by apiVersion and kind. */
    private static final Map<String, Class<? extends HasMetadata>> API_TYPES = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "apps/v1/StatefulSet", StatefulSet.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);

    /**
     * fabric8's types keep any field they do not know in an "any setter" map; without it, Jackson's
     * FAIL_ON_UNKNOWN_PROPERTIES refuses a misspelt or misplaced field.
     */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                             BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    return builder;
                }
            }));

    private final List<HasMetadata> resources;

    private KubernetesManifests(List<HasMetadata> resources) {
        this.resources = resources;
    }

    /** {@code kubectl kustomize} of a directory under deploy/k8s, e.g. "overlays/local". */
    static KubernetesManifests render(String kustomization) {
        Path directory = ServiceConfiguration.ROOT.resolve("deploy/k8s").resolve(kustomization);
        try {
            Path errors = Files.createTempFile("kustomize", ".err");
            try {
                Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                        .redirectError(errors.toFile())
                        .start();
                String yaml = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!kubectl.waitFor(60, TimeUnit.SECONDS) || kubectl.exitValue() != 0) {
                    throw new IllegalStateException("kubectl kustomize " + directory + " failed (the manifests need Kustomize v5,"
                            + " kubectl 1.27 or later): " + Files.readString(errors));
                }
                return parse(yaml);
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("kubectl (with its built-in Kustomize) must be on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads multi-document YAML; throws IllegalArgumentException for a document the API would not accept. */
    static KubernetesManifests parse(String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document == null) {
                continue;
            }
            Map<?, ?> fields = (Map<?, ?>) document;
            String type = fields.get("apiVersion") + "/" + fields.get("kind");
            Class<? extends HasMetadata> apiType = API_TYPES.get(type);
            if (apiType == null) {
                throw new IllegalArgumentException("no API type " + type + " is expected here: " + API_TYPES.keySet());
            }
            HasMetadata resource = STRICT.convertValue(document, apiType);
            if (resource.getMetadata() == null || resource.getMetadata().getName() == null) {
                throw new IllegalArgumentException(type + " without metadata.name");
            }
            resources.add(resource);
        }
        return new KubernetesManifests(resources);
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T named(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new NoSuchElementException(type.getSimpleName() + " " + name));
    }
}
