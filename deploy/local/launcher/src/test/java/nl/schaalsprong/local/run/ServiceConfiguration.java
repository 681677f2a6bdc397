package nl.schaalsprong.local.run;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the container deployments are checked against: the three services, the configuration keys each declares in
 * its application.properties (by the names the environment sets them under), and the configuration
 * docker-compose.yml gives each. Shared by the compose and the Kubernetes checks, so both hold the same rule.
 */
final class ServiceConfiguration {

    static final Path ROOT = SuiteSettings.locateRoot();
    static final Set<String> SERVICES = Set.of("lessons-service", "typology-service", "verification-service");

    private ServiceConfiguration() {
    }

    static Properties applicationProperties(String service) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The MicroProfile Config rule: an environment variable names a property with non-alphanumerics as '_', upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** Every environment variable that sets one of the service's keys, in any profile. */
    static Set<String> environmentVariables(String service) {
        return applicationProperties(service).stringPropertyNames().stream()
                .map(key -> key.replaceFirst("^%[a-z]+\\.", ""))
                .map(ServiceConfiguration::environmentName)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> composeServices() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            return (Map<String, Map<String, Object>>) ((Map<String, Object>) new Yaml().load(reader)).get("services");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The environment docker-compose.yml gives a service. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> composeEnvironment(String service) {
        return (Map<String, Object>) composeServices().get(service).get("environment");
    }
}
