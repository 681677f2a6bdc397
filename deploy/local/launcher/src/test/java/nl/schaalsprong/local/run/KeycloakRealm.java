package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Keycloak realm compose imports (deploy/compose/keycloak/schaalsprong-realm.json), and what the services' code
 * expects of the tokens it issues: the roles they allow, and the claims they read.
 */
final class KeycloakRealm {

    static final Path FILE = ServiceConfiguration.ROOT.resolve("deploy/compose/keycloak/schaalsprong-realm.json");
    private static final Path ROLES = ServiceConfiguration.ROOT
            .resolve("platform/src/main/java/nl/schaalsprong/platform/security/Roles.java");
    /** Where the services' code reads claims from a token: the Caller of every service, and verification's Actors. */
    private static final List<Path> CLAIM_READERS = Stream.of(
                    "platform/src/main/java/nl/schaalsprong/platform/security/CallerProducer.java",
                    "verification-service/src/main/java/nl/schaalsprong/verification/rest/Actors.java")
            .map(ServiceConfiguration.ROOT::resolve).toList();

    private KeycloakRealm() {
    }

    static JsonNode realm() {
        try {
            return new ObjectMapper().readTree(FILE.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> realmRoles() {
        Set<String> roles = new TreeSet<>();
        realm().path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));
        return roles;
    }

    static JsonNode client(String clientId) {
        for (JsonNode client : realm().path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("the realm has no client " + clientId);
    }

    /** The roles the services allow: the values of every Roles constant an {@code @RolesAllowed} names. */
    static Set<String> rolesTheServicesAllow() throws IOException {
        String constants = Files.readString(ROLES);
        Set<String> allowed = new TreeSet<>();
        Pattern annotation = Pattern.compile("RolesAllowed\\(([^)]*)\\)");
        Pattern reference = Pattern.compile("Roles\\.([A-Z_]+)|\"([^\"]+)\"");
        for (Path source : serviceSources()) {
            Matcher uses = annotation.matcher(Files.readString(source));
            while (uses.find()) {
                Matcher names = reference.matcher(uses.group(1));
                while (names.find()) {
                    allowed.add(names.group(1) != null ? constant(constants, names.group(1)) : names.group(2));
                }
            }
        }
        return allowed;
    }

    /** The list claims the services read with {@code getClaim} or their {@code claim(token, name)} helper. */
    static Set<String> claimsTheServicesRead() throws IOException {
        Set<String> claims = new TreeSet<>();
        Pattern read = Pattern.compile("claim\\(token, \"([a-z]+)\"\\)|static final String [A-Z_]+ = \"([a-z]+)\"");
        for (Path reader : CLAIM_READERS) {
            Matcher found = read.matcher(Files.readString(reader));
            while (found.find()) {
                claims.add(found.group(1) != null ? found.group(1) : found.group(2));
            }
        }
        return claims;
    }

    private static String constant(String source, String name) {
        Matcher value = Pattern.compile("String " + name + " = \"([^\"]+)\"").matcher(source);
        if (!value.find()) {
            throw new AssertionError("Roles has no constant " + name);
        }
        return value.group(1);
    }

    private static List<Path> serviceSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String module : List.of("lessons-service", "typology-service", "verification-service", "klp-dashboard",
                "platform")) {
            try (Stream<Path> files = Files.walk(ServiceConfiguration.ROOT.resolve(module).resolve("src/main/java"))) {
                files.filter(file -> file.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
