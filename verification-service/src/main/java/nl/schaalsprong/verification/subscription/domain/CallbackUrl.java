package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a subscriber receives its deliveries: an absolute http(s) URL with a host, without credentials (they would
 * end up in logs; the signature is how a receiver knows the sender) and without a fragment (never sent).
 */
public record CallbackUrl(URI uri) {

    public static final int MAX_LENGTH = 2000;

    public CallbackUrl {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new RuleViolationException("a callback URL must be http or https, not '" + uri + "'");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new RuleViolationException("a callback URL needs a host, e.g. https://gemeente.example.nl/webhooks");
        }
        if (uri.getRawUserInfo() != null) {
            throw new RuleViolationException("a callback URL must not carry credentials; verify the signature instead");
        }
        if (uri.getRawFragment() != null) {
            throw new RuleViolationException("a callback URL must not have a fragment (#...): it is never sent");
        }
    }

    /** Reads the URL a client sent; anything that is no absolute http(s) URL is refused (422). */
    public static CallbackUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("a callback URL is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new RuleViolationException("a callback URL has at most " + MAX_LENGTH + " characters");
        }
        try {
            return new CallbackUrl(new URI(text.strip()));
        } catch (URISyntaxException e) {
            throw new RuleViolationException("'" + text + "' is not a URL: " + e.getReason());
        }
    }

    /** The host in lower case, without the brackets of an IPv6 literal. */
    public String host() {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** The port the URL reaches, its scheme's default when none is written. */
    public int port() {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
