package nl.schaalsprong.verification.subscription.domain;

import nl.schaalsprong.platform.domain.RuleViolationException;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A callback must not point at this service itself: each delivery would be a request to our own API, signed with a
 * secret we hold, in a loop with our own events. "Itself" is any of its own addresses (the host and port a client
 * reached it under, and hosts configured for it, such as its Ingress name), and any loopback or wildcard address on
 * its own port.
 */
public final class SelfCallbackPolicy {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "::1", "0:0:0:0:0:0:0:1", "0.0.0.0", "::",
            "0:0:0:0:0:0:0:0");

    private final Set<String> ownAddresses;
    private final Set<Integer> ownPorts;

    /**
     * @param ownAddresses the service's own {@code host:port} pairs
     */
    public SelfCallbackPolicy(Set<String> ownAddresses) {
        this.ownAddresses = ownAddresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.ownPorts = this.ownAddresses.stream().map(a -> a.substring(a.lastIndexOf(':') + 1))
                .filter(p -> p.matches("\\d{1,5}")).map(Integer::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    /** @throws RuleViolationException (422) when the callback reaches this service */
    public void check(CallbackUrl callback) {
        String host = callback.host();
        int port = callback.port();
        boolean loopback = LOOPBACK_NAMES.contains(host) || host.endsWith(".localhost")
                || IPV4_LOOPBACK.matcher(host).matches();
        if (ownAddresses.contains(host + ":" + port) || (loopback && ownPorts.contains(port))) {
            throw new RuleViolationException("the callback URL " + callback + " points at this service itself; "
                    + "give the address of the system that receives the events");
        }
    }
}
