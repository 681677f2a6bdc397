package nl.schaalsprong.local.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No Keycloak runs where the tests run, so this checks the realm compose imports against the services' code: its
 * roles are exactly the roles the services allow, and every client that hands out tokens puts into the access token
 * what the services read (the roles as {@code groups}, the {@code pilots} and {@code gemeenten} scopes, a name) for
 * the audience they accept.
 */
class KeycloakRealmTest {

    private static final List<String> TOKEN_CLIENTS = List.of("klp-dashboard", "schaalsprong-init");

    @Test
    void theRealmHoldsExactlyTheRolesTheServicesAllow() throws IOException {
        Set<String> allowed = KeycloakRealm.rolesTheServicesAllow();
        assertEquals(Set.of("contributor", "verifier", "steward"), allowed, "the roles the code allows");
        assertEquals(allowed, KeycloakRealm.realmRoles(), "realm roles");
    }

    @Test
    void everyTokenCarriesTheRolesAsGroupsWhereMicroProfileJwtReadsThem() {
        for (String service : ServiceConfiguration.SERVICES) {
            assertTrue(ServiceConfiguration.applicationProperties(service).stringPropertyNames().stream()
                    .noneMatch(key -> key.endsWith("smallrye.jwt.path.groups")), service + " reads roles from groups");
        }
        for (String client : TOKEN_CLIENTS) {
            JsonNode groups = accessTokenMapper(client, "groups");
            assertEquals("oidc-usermodel-realm-role-mapper", groups.path("protocolMapper").asText(), client);
            assertEquals("true", groups.path("config").path("multivalued").asText(), client + " groups is a list");
        }
    }

    @Test
    void everyTokenCarriesTheScopeClaimsTheServicesRead() throws IOException {
        Set<String> read = KeycloakRealm.claimsTheServicesRead();
        assertEquals(Set.of("pilots", "gemeenten"), read, "the claims the code reads");
        for (String client : TOKEN_CLIENTS) {
            for (String claim : read) {
                JsonNode mapper = accessTokenMapper(client, claim);
                assertEquals("oidc-usermodel-attribute-mapper", mapper.path("protocolMapper").asText(), client);
                assertEquals(claim, mapper.path("config").path("user.attribute").asText(), client + " " + claim);
                assertEquals("true", mapper.path("config").path("multivalued").asText(), client + " " + claim + " list");
            }
            // getName(): upn first, so the name does not depend on Keycloak's default profile scope.
            assertEquals("username", accessTokenMapper(client, "upn").path("config").path("user.attribute").asText());
        }
    }

    @Test
    void everyTokenIsForTheAudienceTheServicesAccept() {
        for (String service : ServiceConfiguration.SERVICES) {
            String audience = ServiceConfiguration.applicationProperties(service).getProperty("mp.jwt.verify.audiences");
            for (String client : TOKEN_CLIENTS) {
                boolean mapped = false;
                for (JsonNode mapper : KeycloakRealm.client(client).path("protocolMappers")) {
                    mapped |= "oidc-audience-mapper".equals(mapper.path("protocolMapper").asText())
                            && audience.equals(mapper.path("config").path("included.custom.audience").asText())
                            && "true".equals(mapper.path("config").path("access.token.claim").asText());
                }
                assertTrue(mapped, client + " issues tokens for " + service + "'s audience " + audience);
            }
        }
    }

    /** A user may not widen their own scope: pilots and gemeenten are declared, and only admins may see or set them. */
    @Test
    void onlyAnAdministratorSetsAUsersScope() throws IOException {
        JsonNode component = KeycloakRealm.realm().path("components")
                .path("org.keycloak.userprofile.UserProfileProvider").path(0);
        JsonNode profile = new ObjectMapper().readTree(
                component.path("config").path("kc.user.profile.config").path(0).asText());
        assertFalse(profile.has("unmanagedAttributePolicy"), "attributes outside the profile stay disabled");
        Set<String> declared = new HashSet<>();
        for (JsonNode attribute : profile.path("attributes")) {
            if (KeycloakRealm.claimsTheServicesRead().contains(attribute.path("name").asText())) {
                declared.add(attribute.path("name").asText());
                assertEquals("[\"admin\"]", attribute.path("permissions").path("edit").toString(), attribute.toString());
                assertTrue(attribute.path("multivalued").asBoolean(), attribute.toString());
            }
        }
        assertEquals(KeycloakRealm.claimsTheServicesRead(), declared);
    }

    /** One demo user per role, scoped as the services need; no password or secret is written in the file. */
    @Test
    void everyRoleHasADemoUserAndNoSecretIsCommitted() {
        Map<String, String> scopeOfRole = Map.of("contributor", "pilots", "verifier", "gemeenten");
        Set<String> rolesWithAUser = new TreeSet<>();
        for (JsonNode user : KeycloakRealm.realm().path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            assertTrue(user.path("emailVerified").asBoolean() && user.has("firstName") && user.has("lastName"),
                    user.path("username") + " has a complete profile, so a password grant is not refused for it");
            for (JsonNode role : user.path("realmRoles")) {
                rolesWithAUser.add(role.asText());
                String scope = scopeOfRole.get(role.asText());
                if (scope != null) {
                    assertFalse(user.path("attributes").path(scope).isEmpty(), user.path("username") + " has " + scope);
                }
            }
            for (JsonNode credential : user.path("credentials")) {
                assertTrue(credential.path("value").asText().matches("\\$\\{[A-Z_]+}"),
                        user.path("username") + "'s password comes from the environment");
            }
        }
        assertEquals(KeycloakRealm.realmRoles(), rolesWithAUser);
        assertTrue(KeycloakRealm.client("schaalsprong-init").path("secret").asText().matches("\\$\\{[A-Z_]+}"),
                "the init client's secret comes from the environment");
    }

    /** The init step's client hands out steward tokens by client credentials, and nothing else. */
    @Test
    void theInitClientIsAStewardByClientCredentialsOnly() {
        JsonNode client = KeycloakRealm.client("schaalsprong-init");
        assertFalse(client.path("publicClient").asBoolean(), "confidential");
        assertTrue(client.path("serviceAccountsEnabled").asBoolean(), "client credentials");
        assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), "no password grant");
        assertFalse(client.path("standardFlowEnabled").asBoolean(), "no browser login");
        JsonNode account = null;
        for (JsonNode user : KeycloakRealm.realm().path("users")) {
            if ("schaalsprong-init".equals(user.path("serviceAccountClientId").asText())) {
                account = user;
            }
        }
        assertTrue(account != null, "the client has a service account");
        assertEquals("[\"steward\"]", account.path("realmRoles").toString());
    }

    private static JsonNode accessTokenMapper(String client, String claim) {
        for (JsonNode mapper : KeycloakRealm.client(client).path("protocolMappers")) {
            JsonNode config = mapper.path("config");
            if (claim.equals(config.path("claim.name").asText())) {
                assertEquals("true", config.path("access.token.claim").asText(), client + " puts " + claim + " in tokens");
                return mapper;
            }
        }
        throw new AssertionError(client + " has no mapper for the claim " + claim);
    }
}
