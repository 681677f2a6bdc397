package nl.schaalsprong.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on this machine, for tests that must not clash with anything already running.
 *
 * <p>Ports are drawn below the kernel's ephemeral range (Linux: 32768-60999), not with {@code new ServerSocket(0)}:
 * a port from that range is free when drawn but may be taken, before the service binds it, by any outgoing
 * connection (a service's own connection to PostgreSQL or Kafka); CI saw verification-service fail to start on
 * "port in use" that way. A port is handed out once per JVM.
 */
public final class Ports {

    private static final int LOWEST = 20_000;
    private static final int HIGHEST = 32_767;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    public static int free() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
            if (bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + HIGHEST + " after 200 tries");
    }

    private static boolean bindable(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The given port, or a free one when it is 0. */
    static int orFree(int port) {
        return port > 0 ? port : free();
    }
}
