package nl.schaalsprong.local;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Signs bearer tokens for the local stack and the tests with a key pair made on this machine at start-up, so no
 * private key is ever committed. The services only get the public key ({@code mp.jwt.verify.publickey.location});
 * in production they read an OIDC provider's JWKS instead.
 */
public final class TokenIssuer {

    public static final String ISSUER = "https://schaalsprong.nl/local";
    /** The audience every service requires ({@code mp.jwt.verify.audiences}): tokens minted for other APIs fail. */
    public static final String AUDIENCE = "schaalsprong";

    /** The file names of the key pair's halves in the directory {@link #generate} writes them to. */
    public static final String PUBLIC_KEY_FILE = "token-public.pem";
    static final String PRIVATE_KEY_FILE = "token-private.pem";

    private final PrivateKey privateKey;
    private final Path publicKeyFile;
    private final Path privateKeyFile;

    private TokenIssuer(PrivateKey privateKey, Path publicKeyFile, Path privateKeyFile) {
        this.privateKey = privateKey;
        this.publicKeyFile = publicKeyFile;
        this.privateKeyFile = privateKeyFile;
    }

    /** Generates a fresh RSA key pair and writes both halves as PEM files into {@code directory}. */
    public static TokenIssuer generate(Path directory) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path publicPem = directory.resolve(PUBLIC_KEY_FILE);
            Path privatePem = directory.resolve(PRIVATE_KEY_FILE);
            Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            ownerOnly(privatePem);
            return new TokenIssuer(pair.getPrivate(), publicPem, privatePem);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not generate the local token key pair", e);
        }
    }

    /** The key pair an earlier start left in {@code directory}, or a new one when there is none. */
    public static TokenIssuer reuseOrGenerate(Path directory) {
        Path privatePem = directory.resolve(PRIVATE_KEY_FILE);
        return Files.isRegularFile(privatePem) && Files.isRegularFile(directory.resolve(PUBLIC_KEY_FILE))
                ? fromPrivateKeyFile(privatePem) : generate(directory);
    }

    /** Reads back an issuer whose private key {@link #generate} wrote, e.g. from a test's configuration. */
    public static TokenIssuer fromPrivateKeyFile(Path privatePem) {
        try {
            String base64 = Files.readString(privatePem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new TokenIssuer(key, privatePem.resolveSibling(PUBLIC_KEY_FILE), privatePem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an RSA private key: " + privatePem, e);
        }
    }

    /**
     * A token for {@code subject} with the given roles. The {@code pilots} and {@code gemeenten} claims scope
     * what the holder may write (a proeftuin only its own lessons; a gemeente only its own verifications).
     */
    public String token(String subject, Set<String> roles, List<String> pilots, List<String> gemeenten) {
        return token(AUDIENCE, subject, roles, pilots, gemeenten);
    }

    /** A token for another audience than the services', for tests that show it is refused. */
    public String token(String audience, String subject, Set<String> roles, List<String> pilots,
                        List<String> gemeenten) {
        return Jwt.issuer(ISSUER)
                .audience(audience)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .claim("pilots", pilots)
                .claim("gemeenten", gemeenten)
                .expiresIn(Duration.ofHours(12))
                .jws()
                .sign(privateKey);
    }

    public String token(String subject, String... roles) {
        return token(subject, Set.of(roles), List.of(), List.of());
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    /** A kept private key is readable by its owner only; where POSIX permissions do not exist, it stays as made. */
    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // e.g. Windows: the user's profile directory already limits who reads it
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
