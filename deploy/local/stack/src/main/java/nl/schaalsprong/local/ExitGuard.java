package nl.schaalsprong.local;

/**
 * Runs a stop action exactly once: when its owner is closed, or when the JVM exits first (Ctrl-C, SIGTERM, an
 * uncaught error), so nothing the local stack starts can outlive the process that started it.
 */
public final class ExitGuard {

    private final Runnable stop;
    private final Thread hook;
    private boolean stopped;

    private ExitGuard(String name, Runnable stop) {
        this.stop = stop;
        this.hook = new Thread(this::stopOnce, name + "-stop");
    }

    public static ExitGuard register(String name, Runnable stop) {
        ExitGuard guard = new ExitGuard(name, stop);
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Stops now and withdraws the exit hook. */
    public void stopNow() {
        stopOnce();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run; the stop has happened or is happening
        }
    }

    private synchronized void stopOnce() {
        if (!stopped) {
            stopped = true;
            stop.run();
        }
    }
}
